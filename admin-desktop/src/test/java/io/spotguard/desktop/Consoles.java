package io.spotguard.desktop;

import io.spotguard.desktop.api.ApiClient;
import io.spotguard.desktop.api.AuditApi;
import io.spotguard.desktop.api.DeviceIdentity;
import io.spotguard.desktop.api.GrantsApi;
import io.spotguard.desktop.api.PinnedCertificates;
import io.spotguard.desktop.api.ServerTrust;
import io.spotguard.desktop.api.SpotsApi;
import io.spotguard.desktop.api.UsersApi;
import io.spotguard.desktop.session.Session;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.LoginStep;
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
        LoginStep step = session.signIn(request(session.api(), email, password));
        if (step != LoginStep.AUTHENTICATED) {
            throw new IllegalStateException(email + " cannot sign in straight away: " + step);
        }
        return session;
    }

    public static LoginResponse login(ApiClient api, String email, String password) {
        return api.login(request(api, email, password));
    }

    public static UsersApi users(Session session) {
        return new UsersApi(session.api(), session.orgId());
    }

    public static SpotsApi spots(Session session) {
        return new SpotsApi(session.api(), session.orgId());
    }

    public static GrantsApi grants(Session session) {
        return new GrantsApi(session.api(), session.orgId());
    }

    public static AuditApi audit(Session session) {
        return new AuditApi(session.api(), session.orgId());
    }

    private static LoginRequest request(ApiClient api, String email, String password) {
        DeviceIdentity device = api.device();
        return new LoginRequest(email, password, device.deviceId(), device.deviceName(), device.platform(), null);
    }
}
