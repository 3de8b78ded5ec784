package io.spotguard.desktop.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ServerTrustTest {
    private static final String OTHER_FINGERPRINT = String.join(":", java.util.Collections.nCopies(32, "AB"));

    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);

    @Test
    void selfSignedCertificateIsPresentedWithTheServersFingerprint() {
        ApiClient api = client(new PinnedCertificates(home));

        assertThatThrownBy(api::checkReachable).isInstanceOfSatisfying(UntrustedServerException.class, e -> {
            assertEquals(server.fingerprint(), e.certificate().fingerprint());
            assertEquals(server.hostPort(), e.certificate().hostPort());
        });
    }

    @Test
    void pinnedCertificateIsTrustedForThatHostAndPort() {
        new PinnedCertificates(home).pin(server.hostPort(), server.fingerprint());

        assertDoesNotThrow(client(new PinnedCertificates(home))::checkReachable);
    }

    @Test
    void certificateOtherThanThePinnedOneIsRefused() {
        PinnedCertificates pins = new PinnedCertificates(home);
        pins.pin(server.hostPort(), OTHER_FINGERPRINT);

        assertThatThrownBy(client(pins)::checkReachable).isInstanceOfSatisfying(CertificateChangedException.class,
                e -> {
                    assertEquals(OTHER_FINGERPRINT, e.pinnedFingerprint());
                    assertEquals(server.fingerprint(), e.presented().fingerprint());
                });
        assertEquals(Optional.of(OTHER_FINGERPRINT), pins.fingerprintFor(server.hostPort()));
    }

    @Test
    void pinForOnePortDoesNotTrustAnother() {
        PinnedCertificates pins = new PinnedCertificates(home);
        pins.pin("localhost:1", server.fingerprint());

        assertThatThrownBy(client(pins)::checkReachable).isInstanceOf(UntrustedServerException.class);
    }

    private ApiClient client(PinnedCertificates pins) {
        return new ApiClient(server.address(), new ServerTrust(pins), DeviceIdentity.load(home));
    }
}
