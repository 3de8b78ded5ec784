package io.spotguard.desktop.connect;

import io.spotguard.desktop.api.ApiClient;
import io.spotguard.desktop.api.CertificateChangedException;
import io.spotguard.desktop.api.CertificateInfo;
import io.spotguard.desktop.api.ServerAddress;
import io.spotguard.desktop.api.UntrustedServerException;
import io.spotguard.desktop.session.Navigation;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.ErrorMessages;
import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.TaskRunner;
import java.net.URI;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Connects to a server. A certificate the system does not trust is put before the admin to accept; one that
 * differs from what was accepted earlier is refused with a warning and can't be accepted from here.
 */
public final class ConnectViewModel {
    private final Session session;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final Navigation navigation;

    private final StringProperty serverAddress = new SimpleStringProperty(this, "serverAddress", "");
    private final ReadOnlyObjectWrapper<CertificateInfo> certificateToAccept = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final BooleanBinding canConnect;

    public ConnectViewModel(Session session, TaskRunner runner, Notifier notifier, Navigation navigation) {
        this.session = session;
        this.runner = runner;
        this.notifier = notifier;
        this.navigation = navigation;
        this.canConnect = Bindings.createBooleanBinding(
                () -> !serverAddress.get().isBlank() && !runner.busyProperty().get()
                        && certificateToAccept.get() == null,
                serverAddress, runner.busyProperty(), certificateToAccept);
    }

    public StringProperty serverAddressProperty() {
        return serverAddress;
    }

    /** Set while the admin is asked to accept an untrusted certificate. */
    public ReadOnlyObjectProperty<CertificateInfo> certificateToAcceptProperty() {
        return certificateToAccept.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    public void connect() {
        warning.set("");
        URI server;
        try {
            server = ServerAddress.parse(serverAddress.get());
        } catch (IllegalArgumentException invalid) {
            warning.set(invalid.getMessage());
            return;
        }
        runner.run(() -> {
            ApiClient api = session.connectTo(server);
            api.checkReachable();
            return api;
        }).onSuccess(api -> navigation.showSignIn()).onFailure(this::connectionFailed);
    }

    /**
     * Pins the certificate the admin compared and accepted, then connects with it. Pinning writes a file, so it is
     * background work like the connection itself; should it fail, the prompt stays for another try.
     */
    public void acceptCertificate() {
        CertificateInfo accepted = certificateToAccept.get();
        if (accepted == null) {
            return;
        }
        runner.run(() -> session.trust().pins().pin(accepted.hostPort(), accepted.fingerprint()))
                .onSuccess(done -> {
                    certificateToAccept.set(null);
                    connect();
                }).onFailure(notifier::failure);
    }

    public void rejectCertificate() {
        certificateToAccept.set(null);
        warning.set("Not connected: the server's certificate was not accepted.");
    }

    private void connectionFailed(Throwable error) {
        switch (error) {
            case UntrustedServerException untrusted -> certificateToAccept.set(untrusted.certificate());
            case CertificateChangedException changed -> warning.set(ErrorMessages.CERTIFICATE_CHANGED
                    + "\n\nAccepted before: " + changed.pinnedFingerprint()
                    + "\nShown now: " + changed.presented().fingerprint());
            default -> notifier.failure(error);
        }
    }
}
