package io.spotguard.desktop;

import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import io.spotguard.server.ServerApp;
import io.spotguard.server.config.AppConfig;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * A real Spotguard server in this JVM (HTTPS with its own self-signed certificate, fresh H2 database) holding
 * one organization with an owner. The token signing key is known here so tests can mint an expired token.
 */
public final class TestServer implements AutoCloseable {
    public static final String OWNER_EMAIL = "admin@acme.test";
    public static final String OWNER_NAME = "Ada Admin";
    public static final String OWNER_PASSWORD = "correct-horse-battery";
    public static final String SIGNING_KEY_ID = "test-key";
    public static final byte[] SIGNING_SECRET = randomSecret();

    private final ServerApp app;
    private final Organization organization;
    private final User owner;

    private TestServer(ServerApp app) {
        this.app = app;
        this.organization = app.provisioning().createOrganization("acme", "Acme");
        this.owner = createUser(OWNER_EMAIL, OWNER_NAME, OWNER_PASSWORD, false);
        grant(owner, "OWNER", null);
    }

    public static TestServer start(Path dataDir) {
        AppConfig config = AppConfig.forTests(dataDir, Map.of("spotguard.auth.signing-key",
                SIGNING_KEY_ID + ":" + Base64.getEncoder().encodeToString(SIGNING_SECRET)));
        return new TestServer(ServerApp.start(config));
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    public URI address() {
        return URI.create("https://localhost:" + app.port());
    }

    public String hostPort() {
        return "localhost:" + app.port();
    }

    public String fingerprint() {
        return app.certificateFingerprint();
    }

    public Organization organization() {
        return organization;
    }

    public User owner() {
        return owner;
    }

    public User createUser(String email, String name, String password, boolean mustChangePassword) {
        return app.provisioning().createUser(organization.id(), email, name, password, mustChangePassword);
    }

    public void grant(User user, String roleName, String spotId) {
        app.provisioning().grant(organization.id(), user.id(), roleName, spotId);
    }

    public Spot createSpot(String name) {
        return app.provisioning().createSpot(organization.id(), name);
    }

    public Organization createOrganization(String slug, String name) {
        return app.provisioning().createOrganization(slug, name);
    }

    public User createUserIn(Organization other, String email, String name, String password) {
        return app.provisioning().createUser(other.id(), email, name, password, false);
    }

    @Override
    public void close() {
        app.close();
    }
}
