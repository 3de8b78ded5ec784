package io.spotguard.desktop.users;

import io.spotguard.desktop.ui.Dialogs;
import io.spotguard.desktop.ui.Forms;
import io.spotguard.desktop.ui.Tables;
import io.spotguard.model.users.User;
import io.spotguard.model.users.UserStatus;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Users on the left (search, page-as-you-scroll table, actions), the selected user's grants on the right. */
public final class UsersView {
    private final UsersViewModel model;
    private final Node grantEditor;
    private final boolean mayManage;

    public UsersView(UsersViewModel model, Node grantEditor, boolean mayManage) {
        this.model = model;
        this.grantEditor = grantEditor;
        this.mayManage = mayManage;
    }

    public Node node() {
        TableView<User> table = table();
        VBox list = new VBox(10, Forms.title("Users & grants"), toolbar(), table, actions(table));
        list.getStyleClass().add("pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, grantEditor);
        split.setDividerPositions(0.62);
        return split;
    }

    private Node toolbar() {
        TextField search = new TextField();
        search.setId("userSearch");
        search.setPromptText("Search by email or name");
        // The model searches once typing pauses; Enter searches at once.
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(e -> model.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button create = Forms.button("createUser", "New user…", "primary", () -> UserDialogs.askNewUser(search)
                .ifPresent(request -> model.create(request, issued -> UserDialogs.showOneTimePassword(search, issued))));
        create.setVisible(mayManage);
        create.setManaged(mayManage);
        return new HBox(10, search, create, Forms.spinner(model.loadingProperty()));
    }

    private TableView<User> table() {
        TableView<User> table = new TableView<>(model.users());
        table.setId("usersTable");
        // Widths that fit the default window: emails are the long column, so they get the room.
        table.getColumns().add(Tables.column("Email", 280, User::email));
        table.getColumns().add(Tables.column("Name", 140, User::displayName));
        table.getColumns().add(Tables.column("Status", 70, user -> user.status().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(Tables.column("Created", 100, user -> Tables.day(user.createdAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No users match."));
        Tables.loadMoreNearEnd(table, model::loadMore);
        // Only a choice the admin made moves the selection; a reload that empties the table keeps it.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, user) -> {
            if (user != null) {
                model.selectedProperty().set(user);
            }
        });
        model.users().addListener((javafx.collections.ListChangeListener<User>) change -> reselect(table));
        return table;
    }

    private void reselect(TableView<User> table) {
        User wanted = model.selectedProperty().get();
        if (wanted != null && table.getSelectionModel().getSelectedItem() == null) {
            model.users().stream().filter(u -> u.id().equals(wanted.id())).findFirst()
                    .ifPresent(u -> table.getSelectionModel().select(u));
        }
    }

    private Node actions(TableView<User> table) {
        BooleanBinding none = model.selectedProperty().isNull();
        Button toggle = Forms.button("toggleUser", "Disable", null, () -> confirmToggle(table));
        toggle.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().status() == UserStatus.DISABLED ? "Enable" : "Disable",
                model.selectedProperty()));
        Button edit = Forms.button("editUser", "Edit…", null, () -> {
            User user = model.selectedProperty().get();
            UserDialogs.askChanges(table, user).ifPresent(change -> model.update(user, change.email(),
                    change.displayName()));
        });
        Button reset = Forms.button("resetPassword", "Reset password…", null, () -> {
            User user = model.selectedProperty().get();
            if (Dialogs.confirm(table, "Reset password", "Make a new one-time password for " + user.email()
                    + "? Their current password stops working and they are signed out.", "Reset password")) {
                model.resetPassword(user, issued -> UserDialogs.showOneTimePassword(table, issued));
            }
        });
        Button revoke = Forms.button("revokeSessions", "Sign out everywhere…", null, () -> {
            User user = model.selectedProperty().get();
            if (Dialogs.confirm(table, "End sessions", "Sign " + user.email() + " out on every device?",
                    "Sign out everywhere")) {
                model.revokeSessions(user);
            }
        });
        HBox actions = new HBox(10, edit, toggle, reset, revoke);
        for (Node button : actions.getChildren()) {
            button.disableProperty().bind(none);
        }
        actions.setVisible(mayManage);
        actions.setManaged(mayManage);
        return actions;
    }

    private void confirmToggle(Node owner) {
        User user = model.selectedProperty().get();
        if (user.status() == UserStatus.DISABLED || Dialogs.confirm(owner, "Disable user", "Disable "
                + user.email() + "? They are signed out at once and cannot sign in until enabled.", "Disable")) {
            model.toggleEnabled(user);
        }
    }
}
