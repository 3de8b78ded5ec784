package io.spotguard.desktop.signin;

import io.spotguard.desktop.ui.Forms;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Email and password; the organization field appears when the server says it is needed. */
public final class SignInView {
    private final SignInViewModel model;
    private final ReadOnlyBooleanProperty busy;

    public SignInView(SignInViewModel model, ReadOnlyBooleanProperty busy) {
        this.model = model;
        this.busy = busy;
    }

    public Node node() {
        TextField email = new TextField();
        email.setId("email");
        email.setPromptText("you@example.com");
        email.textProperty().bindBidirectional(model.emailProperty());

        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());

        TextField organization = new TextField();
        organization.setId("organization");
        organization.setPromptText("e.g. acme");
        organization.textProperty().bindBidirectional(model.organizationProperty());
        VBox organizationField = Forms.field("Organization (short name)", organization);
        organizationField.visibleProperty().bind(model.organizationNeededProperty());
        organizationField.managedProperty().bind(model.organizationNeededProperty());
        Hyperlink askOrganization = new Hyperlink("My email is used in several organizations");
        askOrganization.setOnAction(e -> model.organizationNeededProperty().set(true));
        askOrganization.visibleProperty().bind(model.organizationNeededProperty().not());
        askOrganization.managedProperty().bind(askOrganization.visibleProperty());

        Button signIn = Forms.button("signInButton", "Sign in", "primary", model::signIn);
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.canSignInProperty().not());
        Hyperlink otherServer = new Hyperlink("Use another server");
        otherServer.setOnAction(e -> model.changeServer());

        VBox card = Forms.card(
                Forms.title("Sign in"),
                Forms.subtitle("to " + model.serverAddress()),
                Forms.field("Email", email),
                Forms.field("Password", password),
                organizationField,
                askOrganization,
                new HBox(10, signIn, Forms.spinner(busy), Forms.grow(), otherServer));
        card.getStyleClass().add("narrow-card");
        return Forms.centered(card);
    }
}
