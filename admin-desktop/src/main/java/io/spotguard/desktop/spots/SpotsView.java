package io.spotguard.desktop.spots;

import io.spotguard.desktop.ui.Dialogs;
import io.spotguard.desktop.ui.Forms;
import io.spotguard.desktop.ui.Tables;
import io.spotguard.model.tenancy.Spot;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The spots the admin can see; the actions offered are those the admin's rights allow. */
public final class SpotsView {
    private final SpotsViewModel model;

    public SpotsView(SpotsViewModel model) {
        this.model = model;
    }

    public Node node() {
        TableView<Spot> table = new TableView<>(model.spots());
        table.setId("spotsTable");
        table.getColumns().add(Tables.column("Name", 320, Spot::name));
        table.getColumns().add(Tables.column("Created", 180, spot -> Tables.when(spot.createdAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No spots yet."));
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox pane = new VBox(10, Forms.title("Spots"), table);
        pane.getStyleClass().add("pane");
        if (model.mayCreateAndDelete()) {
            pane.getChildren().add(1, createForm());
        }
        if (model.mayRenameAny()) {
            pane.getChildren().add(actions(table));
        }
        return pane;
    }

    private Node createForm() {
        TextField name = new TextField();
        name.setId("newSpotName");
        name.setPromptText("Name of a new spot, e.g. Head office");
        name.textProperty().bindBidirectional(model.newSpotNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button create = Forms.button("createSpot", "Create spot", "primary", model::create);
        create.disableProperty().bind(model.canCreateProperty().not());
        name.setOnAction(e -> {
            if (model.canCreateProperty().get()) {
                model.create();
            }
        });
        return new HBox(10, name, create);
    }

    private Node actions(TableView<Spot> table) {
        Button rename = Forms.button("renameSpot", "Rename…", null, () -> {
            Spot spot = table.getSelectionModel().getSelectedItem();
            TextInputDialog dialog = new TextInputDialog(spot.name());
            dialog.setTitle("Rename spot");
            dialog.setHeaderText("New name for " + spot.name());
            dialog.initOwner(table.getScene().getWindow());
            dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty().bind(
                    Bindings.createBooleanBinding(
                            () -> !SpotsViewModel.isValidName(dialog.getEditor().getText()),
                            dialog.getEditor().textProperty()));
            dialog.showAndWait().ifPresent(newName -> model.rename(spot, newName));
        });
        Button delete = Forms.button("deleteSpot", "Delete…", "danger", () -> {
            Spot spot = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(table, "Delete spot", "Delete " + spot.name() + "? Grants over this spot end"
                    + " with it. This cannot be undone.", "Delete spot")) {
                model.delete(spot);
            }
        });
        var selected = table.getSelectionModel().selectedItemProperty();
        rename.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.mayRename(selected.get()), selected));
        delete.disableProperty().bind(selected.isNull());
        HBox actions = new HBox(10, rename);
        if (model.mayCreateAndDelete()) {
            actions.getChildren().add(delete);
        }
        return actions;
    }
}
