package io.spotguard.desktop.users;

import io.spotguard.desktop.ui.Forms;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The dialogs of the users screen: a new user's details, a user's changes, and a one-time password shown once. */
final class UserDialogs {
    private UserDialogs() {
    }

    static Optional<CreateUserRequest> askNewUser(Node owner) {
        TextField email = new TextField();
        email.setId("newUserEmail");
        TextField name = new TextField();
        name.setId("newUserName");
        Dialog<CreateUserRequest> dialog = dialog(owner, "New user");
        dialog.getDialogPane().setContent(new VBox(10,
                Forms.subtitle("The server will make a one-time password, shown next, that the user must change"
                        + " at first sign-in."),
                Forms.field("Email", email), Forms.field("Name", name)));
        ButtonType create = new ButtonType("Create user", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("createUserConfirm");
        createButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !request(email, name).isValid(), email.textProperty(), name.textProperty()));
        dialog.setResultConverter(button -> button == create ? request(email, name) : null);
        return dialog.showAndWait();
    }

    /** The email and name as the admin left them; Save stays disabled until something valid changed. */
    static Optional<UpdateUserRequest> askChanges(Node owner, User user) {
        TextField email = new TextField(user.email());
        email.setId("editUserEmail");
        TextField name = new TextField(user.displayName());
        name.setId("editUserName");
        Dialog<UpdateUserRequest> dialog = dialog(owner, "Edit user");
        dialog.getDialogPane().setContent(new VBox(10,
                Forms.subtitle("A new email is the one the user signs in with from now on."),
                Forms.field("Email", email), Forms.field("Name", name)));
        ButtonType save = new ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("editUserConfirm");
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !UsersViewModel.changes(user, email.getText(), name.getText()).isValid(),
                email.textProperty(), name.textProperty()));
        dialog.setResultConverter(button -> button == save
                ? new UpdateUserRequest(email.getText(), name.getText()) : null);
        return dialog.showAndWait();
    }

    static void showOneTimePassword(Node owner, OneTimePassword issued) {
        TextField password = new TextField(issued.oneTimePassword());
        password.setId("oneTimePassword");
        password.setEditable(false);
        password.getStyleClass().add("fingerprint");
        Button copy = new Button("Copy");
        copy.setId("copyOneTimePassword");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(issued.oneTimePassword());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        Label note = new Label("Give this one-time password to " + issued.user().displayName() + " ("
                + issued.user().email() + ") in person or by phone. It is shown only now, and it must be changed at"
                + " the first sign-in.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        Dialog<Void> dialog = dialog(owner, "One-time password");
        dialog.getDialogPane().setContent(new VBox(12, note, new HBox(8, password, copy)));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private static CreateUserRequest request(TextField email, TextField name) {
        return new CreateUserRequest(email.getText().strip(), name.getText().strip());
    }

    private static <T> Dialog<T> dialog(Node owner, String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.initOwner(owner.getScene().getWindow());
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        return dialog;
    }
}
