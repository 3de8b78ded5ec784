package io.spotguard.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Questions the console asks before it does something that cannot be undone. */
public final class Dialogs {
    private Dialogs() {
    }

    /** True when the user chose {@code action}; the safe choice (Cancel) is the default button. */
    public static boolean confirm(Node owner, String title, String question, String action) {
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirm, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.getScene().getWindow());
        alert.getDialogPane().getStyleClass().add("confirm-dialog");
        alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.setDefaultButton(false);
        confirmButton.getStyleClass().add("danger");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
