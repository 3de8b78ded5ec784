package io.spotguard.desktop.signin;

import io.spotguard.desktop.api.ApiException;
import io.spotguard.desktop.api.DeviceIdentity;
import io.spotguard.desktop.session.Navigation;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.LoginStep;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Signs in with email and password; the organization is asked for only when the email is in several. */
public final class SignInViewModel {
    private final Session session;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final Navigation navigation;

    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty organization = new SimpleStringProperty(this, "organization", "");
    private final BooleanProperty organizationNeeded = new SimpleBooleanProperty(this, "organizationNeeded", false);
    private final BooleanBinding canSignIn;

    public SignInViewModel(Session session, TaskRunner runner, Notifier notifier, Navigation navigation) {
        this.session = session;
        this.runner = runner;
        this.notifier = notifier;
        this.navigation = navigation;
        this.canSignIn = Bindings.createBooleanBinding(
                () -> request().isValid() && !runner.busyProperty().get(),
                email, password, organization, runner.busyProperty());
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    /** Becomes true when the server said the email exists in more than one organization. */
    public BooleanProperty organizationNeededProperty() {
        return organizationNeeded;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    public String serverAddress() {
        return session.api().server().toString();
    }

    public void signIn() {
        LoginRequest request = request();
        runner.run(() -> session.signIn(request)).onSuccess(this::answered).onFailure(this::failed);
    }

    public void changeServer() {
        navigation.showConnect();
    }

    /** The password was accepted; whatever the server asks for next has its own screen. */
    private void answered(LoginStep step) {
        password.set("");
        navigation.showSignInStep(step);
    }

    private void failed(Throwable error) {
        if (error instanceof ApiException api && api.hasCode(ErrorCodes.ORGANIZATION_REQUIRED)) {
            organizationNeeded.set(true);
        }
        notifier.failure(error);
    }

    private LoginRequest request() {
        DeviceIdentity device = session.api().device();
        String org = organization.get().strip();
        return new LoginRequest(email.get().strip(), password.get(), device.deviceId(), device.deviceName(),
                device.platform(), org.isEmpty() ? null : org);
    }
}
