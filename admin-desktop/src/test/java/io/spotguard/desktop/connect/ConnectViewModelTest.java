package io.spotguard.desktop.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.spotguard.desktop.RecordingNavigation;
import io.spotguard.desktop.RecordingNotifier;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.api.CertificateInfo;
import io.spotguard.desktop.api.DeviceIdentity;
import io.spotguard.desktop.api.PinnedCertificates;
import io.spotguard.desktop.api.ServerTrust;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.CurrentThreadRunner;
import io.spotguard.desktop.ui.QueuedRunner;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ConnectViewModelTest {
    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final RecordingNavigation navigation = new RecordingNavigation();
    @AutoClose
    private final CurrentThreadRunner runner = new CurrentThreadRunner();
    private PinnedCertificates pins;
    private Session session;
    private ConnectViewModel model;

    @BeforeEach
    void newConsole() {
        pins = new PinnedCertificates(home);
        session = new Session(new ServerTrust(pins), DeviceIdentity.load(home));
        model = new ConnectViewModel(session, runner, notifier, navigation);
    }

    @Test
    void unknownCertificateIsShownForAcceptanceAndNothingIsPinnedYet() {
        model.serverAddressProperty().set(server.address().toString());

        model.connect();

        CertificateInfo shown = model.certificateToAcceptProperty().get();
        assertEquals(server.fingerprint(), shown.fingerprint());
        assertThat(shown.subject()).contains("CN=");
        assertEquals(Optional.empty(), pins.fingerprintFor(server.hostPort()));
        assertEquals(List.of(), navigation.visited);
        assertThat(model.canConnectProperty().get()).isFalse();
    }

    @Test
    void acceptingPinsTheCertificateAndGoesOnToSignIn() {
        model.serverAddressProperty().set(server.address().toString());
        model.connect();

        model.acceptCertificate();

        assertEquals(Optional.of(server.fingerprint()), pins.fingerprintFor(server.hostPort()));
        assertNull(model.certificateToAcceptProperty().get());
        assertEquals(List.of("sign-in"), navigation.visited);
    }

    @Test
    void theAcceptedCertificateIsWrittenInBackgroundWorkNotByTheClick() {
        QueuedRunner background = new QueuedRunner();
        ConnectViewModel queued = new ConnectViewModel(session, background, notifier, navigation);
        queued.serverAddressProperty().set(server.address().toString());
        queued.connect();
        background.runAll();

        queued.acceptCertificate();
        assertEquals(Optional.empty(), pins.fingerprintFor(server.hostPort()));
        background.runAll();

        assertEquals(Optional.of(server.fingerprint()), pins.fingerprintFor(server.hostPort()));
        assertEquals(List.of("sign-in"), navigation.visited);
    }

    @Test
    void rejectingTheCertificatePinsNothingAndEndsThePrompt() {
        model.serverAddressProperty().set(server.address().toString());
        model.connect();

        model.rejectCertificate();

        assertNull(model.certificateToAcceptProperty().get());
        assertEquals(Optional.empty(), pins.fingerprintFor(server.hostPort()));
        assertEquals("Not connected: the server's certificate was not accepted.", model.warningProperty().get());
        assertEquals(List.of(), navigation.visited);
    }

    @Test
    void changedCertificateIsRefusedWithAWarningAndCannotBeAccepted() {
        String acceptedEarlier = String.join(":", java.util.Collections.nCopies(32, "0F"));
        pins.pin(server.hostPort(), acceptedEarlier);
        model.serverAddressProperty().set(server.address().toString());

        model.connect();

        assertThat(model.warningProperty().get())
                .startsWith("The server's certificate has changed")
                .contains("do not continue unless your IT department replaced it")
                .contains(acceptedEarlier)
                .contains(server.fingerprint());
        assertNull(model.certificateToAcceptProperty().get());
        assertEquals(Optional.of(acceptedEarlier), pins.fingerprintFor(server.hostPort()));
        assertEquals(List.of(), navigation.visited);
    }

    @Test
    void unreachableServerTellsWhatToCheck() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        model.serverAddressProperty().set("localhost:" + closedPort);

        model.connect();

        assertEquals(List.of("Cannot reach the server at https://localhost:" + closedPort
                + ". Check the address and that the server is running."), notifier.failures);
        assertEquals(List.of(), navigation.visited);
    }

    @Test
    void plainHttpIsRefusedBeforeAnythingIsSent() {
        model.serverAddressProperty().set("http://localhost:" + server.address().getPort());

        model.connect();

        assertThat(model.warningProperty().get()).contains("HTTPS only");
        assertEquals(List.of(), navigation.visited);
    }
}
