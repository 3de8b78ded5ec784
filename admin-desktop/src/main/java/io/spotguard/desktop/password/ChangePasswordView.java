package io.spotguard.desktop.password;

import io.spotguard.desktop.ui.Forms;
import io.spotguard.model.validation.Rules;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** First sign-in: the one-time password is replaced before anything else is possible. */
public final class ChangePasswordView {
    private final ChangePasswordViewModel model;
    private final ReadOnlyBooleanProperty busy;

    public ChangePasswordView(ChangePasswordViewModel model, ReadOnlyBooleanProperty busy) {
        this.model = model;
        this.busy = busy;
    }

    public Node node() {
        PasswordField current = password("currentPassword");
        current.textProperty().bindBidirectional(model.currentPasswordProperty());
        PasswordField fresh = password("newPassword");
        fresh.textProperty().bindBidirectional(model.newPasswordProperty());
        PasswordField confirmation = password("confirmPassword");
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());

        Label hint = new Label();
        hint.setId("passwordHint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.textProperty().bind(model.hintProperty());

        Button change = Forms.button("changePasswordButton", "Change password", "primary", model::changePassword);
        change.setDefaultButton(true);
        change.disableProperty().bind(model.formInvalidProperty());
        Button cancel = Forms.button("cancelPasswordChange", "Sign out", null, model::cancel);

        VBox card = Forms.card(
                Forms.title("Choose your own password"),
                Forms.subtitle("You signed in with a one-time password. Replace it with a password only you know"
                        + " (at least " + Rules.PASSWORD_MIN_CHARS + " characters) before you continue."),
                Forms.field("One-time password", current),
                Forms.field("New password", fresh),
                Forms.field("New password again", confirmation),
                hint,
                new HBox(10, change, Forms.spinner(busy), Forms.grow(), cancel));
        card.getStyleClass().add("narrow-card");
        return Forms.centered(card);
    }

    private static PasswordField password(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }
}
