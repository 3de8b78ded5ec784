package io.spotguard.desktop.connect;

import io.spotguard.desktop.ui.Forms;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The first screen: which server to administer, and whether to trust its certificate. */
public final class ConnectView {
    private final ConnectViewModel model;
    private final ReadOnlyBooleanProperty busy;

    public ConnectView(ConnectViewModel model, ReadOnlyBooleanProperty busy) {
        this.model = model;
        this.busy = busy;
    }

    public Node node() {
        TextField address = new TextField();
        address.setId("serverAddress");
        address.setPromptText("https://spotguard.example.com:8443");
        address.textProperty().bindBidirectional(model.serverAddressProperty());
        address.setOnAction(e -> {
            if (model.canConnectProperty().get()) {
                model.connect();
            }
        });

        Button connect = Forms.button("connectButton", "Connect", "primary", model::connect);
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.canConnectProperty().not());

        VBox card = Forms.card(
                Forms.title("Spotguard Console"),
                Forms.subtitle("Connect to your organization's Spotguard server."),
                Forms.field("Server address", address),
                new HBox(10, connect, Forms.spinner(busy)),
                Forms.warning("connectWarning", model.warningProperty()),
                certificatePrompt());
        card.getStyleClass().add("narrow-card");
        return Forms.centered(card);
    }

    private Node certificatePrompt() {
        Label subject = new Label();
        subject.setId("certificateSubject");
        subject.setWrapText(true);
        // Read-only text, not a label: admins copy it to compare, and it wraps instead of being cut off.
        TextArea fingerprint = new TextArea();
        fingerprint.setId("certificateFingerprint");
        fingerprint.setEditable(false);
        fingerprint.setWrapText(true);
        fingerprint.setPrefRowCount(2);
        fingerprint.getStyleClass().add("fingerprint");
        model.certificateToAcceptProperty().addListener((obs, old, shown) -> {
            subject.setText(shown == null ? "" : shown.subject());
            fingerprint.setText(shown == null ? "" : shown.fingerprint());
        });

        Button accept = Forms.button("acceptCertificate", "The fingerprints match: accept", "primary",
                model::acceptCertificate);
        Button reject = Forms.button("rejectCertificate", "Cancel", null, model::rejectCertificate);
        VBox prompt = new VBox(8,
                Forms.subtitle("This server's certificate is not signed by an authority this computer trusts."
                        + " Compare its fingerprint with the one your IT department gave you, and accept it only"
                        + " if they are the same. The console will remember it and refuse any other certificate"
                        + " from this server."),
                Forms.field("Issued to", subject),
                Forms.field("SHA-256 fingerprint", fingerprint),
                new HBox(10, accept, reject));
        prompt.setId("certificatePrompt");
        prompt.getStyleClass().add("notice-box");
        BooleanBinding asking = Bindings.createBooleanBinding(
                () -> model.certificateToAcceptProperty().get() != null, model.certificateToAcceptProperty());
        prompt.visibleProperty().bind(asking);
        prompt.managedProperty().bind(asking);
        accept.disableProperty().bind(busy);
        return prompt;
    }

}
