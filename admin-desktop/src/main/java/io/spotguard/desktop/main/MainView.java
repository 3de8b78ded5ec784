package io.spotguard.desktop.main;

import io.spotguard.desktop.session.ScreenContext;
import io.spotguard.desktop.ui.Forms;
import io.spotguard.desktop.ui.Screen;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Header (organization, who is signed in, sign out), navigation on the left, the chosen section's screen in the
 * middle. The main window is itself a screen: while it is shown it follows the chosen section, and leaving it
 * (signing out, a session that ended) deactivates the section's screen too.
 */
public final class MainView implements Screen {
    private final MainViewModel model;
    private final ReadOnlyBooleanProperty busy;
    private final StackPane center = new StackPane();
    private final Screens screens;
    private final ChangeListener<Section> switcher = (obs, old, section) -> show(section);
    private final Node layout;

    public MainView(MainViewModel model, ScreenContext context, ReadOnlyBooleanProperty busy) {
        this.model = model;
        this.busy = busy;
        this.screens = new Screens(section -> section.buildScreen(context),
                node -> center.getChildren().setAll(node));
        this.layout = layout();
    }

    @Override
    public Node node() {
        return layout;
    }

    @Override
    public void activate() {
        model.sectionProperty().addListener(switcher);
        show(model.sectionProperty().get());
    }

    @Override
    public void deactivate() {
        model.sectionProperty().removeListener(switcher);
        screens.leave();
    }

    private Node layout() {
        BorderPane layout = new BorderPane();
        layout.getStyleClass().add("main");
        layout.setTop(header());
        layout.setLeft(navigation());
        center.getStyleClass().add("content");
        layout.setCenter(center);
        return layout;
    }

    private void show(Section section) {
        if (section == null) {
            Label nothing = new Label("Your roles give you nothing to administer here."
                    + " Ask an owner of your organization for the role you need.");
            nothing.setWrapText(true);
            center.getChildren().setAll(Forms.centered(nothing));
        } else {
            screens.show(section);
        }
    }

    private Node header() {
        Label product = new Label("Spotguard");
        product.getStyleClass().add("brand");
        Label organization = new Label(model.organizationLabel());
        organization.setId("organizationName");
        organization.getStyleClass().add("organization");
        Label user = new Label(model.userLabel());
        user.setId("signedInUser");
        user.getStyleClass().add("user");
        Button signOut = Forms.button("signOut", "Sign out", "header-button", model::signOut);
        HBox header = new HBox(14, product, organization, Forms.grow(), Forms.spinner(busy), user, signOut);
        header.getStyleClass().add("header");
        return header;
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        for (Section section : model.sections()) {
            ToggleButton item = new ToggleButton(section.title());
            item.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            item.getStyleClass().add("nav-item");
            item.setMaxWidth(Double.MAX_VALUE);
            item.setToggleGroup(group);
            item.setSelected(section == model.sectionProperty().get());
            item.setOnAction(e -> {
                item.setSelected(true);
                model.sectionProperty().set(section);
            });
            nav.getChildren().add(item);
        }
        return nav;
    }
}
