package io.spotguard.desktop.users;

import io.spotguard.desktop.ui.Forms;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
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
        return askEmailAndName(owner, "New user", "The server will make a one-time password, shown next, that the"
                        + " user must change at first sign-in.", "newUser", null, "Create user", "createUserConfirm",
                (email, name) -> new CreateUserRequest(email.strip(), name.strip()), CreateUserRequest::isValid);
    }

    /** The email and name as the admin left them; Save stays disabled until something valid changed. */
    static Optional<UpdateUserRequest> askChanges(Node owner, User user) {
        return askEmailAndName(owner, "Edit user", "A new email is the one the user signs in with from now on.",
                "editUser", user, "Save", "editUserConfirm", UpdateUserRequest::new,
                typed -> UsersViewModel.changes(user, typed.email(), typed.displayName()).isValid());
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

    /**
     * The one form both user dialogs show: an email and a name, filled from {@code shown} when there is one. The
     * confirm button stays disabled while {@code valid} refuses what {@code answer} makes of the two fields.
     */
    private static <T> Optional<T> askEmailAndName(Node owner, String title, String note, String idPrefix, User shown,
                                                   String confirmText, String confirmId,
                                                   BiFunction<String, String, T> answer, Predicate<T> valid) {
        TextField email = new TextField(shown == null ? "" : shown.email());
        email.setId(idPrefix + "Email");
        TextField name = new TextField(shown == null ? "" : shown.displayName());
        name.setId(idPrefix + "Name");
        Dialog<T> dialog = dialog(owner, title);
        dialog.getDialogPane().setContent(new VBox(10, Forms.subtitle(note),
                Forms.field("Email", email), Forms.field("Name", name)));
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId(confirmId);
        confirmButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !valid.test(answer.apply(email.getText(), name.getText())),
                email.textProperty(), name.textProperty()));
        dialog.setResultConverter(button -> button == confirm ? answer.apply(email.getText(), name.getText()) : null);
        return dialog.showAndWait();
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
