package io.spotguard.desktop;

import io.spotguard.desktop.api.ApiClient;
import io.spotguard.desktop.api.DeviceIdentity;
import io.spotguard.desktop.api.PinnedCertificates;
import io.spotguard.desktop.api.ServerTrust;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.LoginResponse;
import java.nio.file.Path;

/** Console sessions for tests: each with its own config directory (device id, pinned certificates). */
public final class Consoles {
    private Consoles() {
    }

    /** Connected to {@code server}, its certificate already accepted. */
    public static Session connected(TestServer server, Path home) {
        PinnedCertificates pins = new PinnedCertificates(home);
        pins.pin(server.hostPort(), server.fingerprint());
        Session session = new Session(new ServerTrust(pins), DeviceIdentity.load(home));
        session.connectTo(server.address());
        return session;
    }

    /** Connected and signed in; {@link Session#me()} is set. */
    public static Session signedIn(TestServer server, Path home, String email, String password) {
        Session session = connected(server, home);
        login(session.api(), email, password);
        session.signedIn(session.api().me());
        return session;
    }

    public static LoginResponse login(ApiClient api, String email, String password) {
        DeviceIdentity device = api.device();
        return api.login(new LoginRequest(email, password, device.deviceId(), device.deviceName(), device.platform(),
                null));
    }
}
