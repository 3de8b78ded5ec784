package io.spotguard.server.testing;

import io.spotguard.server.ServerApp;
import io.spotguard.server.config.AppConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real server the tests talk to over HTTPS: one per test JVM, on a fresh database (H2, or MariaDB when the
 * run asks for it). Tests isolate themselves by creating their own organizations ({@link #newTenant()}).
 */
public final class TestServer {
    private static TestServer shared;

    static {
        // The server's own logging.properties (quiet pool and migration logs), as Main applies it.
        io.helidon.logging.common.LogConfig.configureRuntime();
    }
    private final ServerApp app;
    private final Path dataDir;
    private final Map<String, String> databaseSettings;
    private final HttpsClient client;
    private final TestClock clock = new TestClock();

    private TestServer(Map<String, String> overrides) {
        try {
            this.dataDir = Files.createTempDirectory("spotguard-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.databaseSettings = TestDatabase.create();
        Map<String, String> settings = new HashMap<>(databaseSettings);
        settings.putAll(overrides);
        this.app = ServerApp.start(AppConfig.forTests(dataDir, settings), clock);
        this.client = new HttpsClient(app.port(), app.tlsMaterial().chain().getFirst());
    }

    /** The server shared by all tests of this JVM. */
    public static synchronized TestServer get() {
        if (shared == null) {
            shared = new TestServer(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared.app::close));
        }
        return shared;
    }

    /** A separate server with its own settings and database; the caller closes it. */
    public static TestServer startDedicated(Map<String, String> overrides) {
        return new TestServer(overrides);
    }

    /**
     * A second node on this server's database and data directory (same signing keys and certificate), as
     * several nodes behind a load balancer share one database.
     */
    public ServerApp startSecondNode() {
        return startSecondNode(Map.of());
    }

    /** A node on this server's database and data directory with some settings of its own (or a restart). */
    public ServerApp startSecondNode(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(databaseSettings);
        settings.putAll(overrides);
        return ServerApp.start(AppConfig.forTests(dataDir, settings), clock);
    }

    /** The server's clock: move it forward to let time pass. Nodes started from this server share it. */
    public TestClock clock() {
        return clock;
    }

    public ServerApp app() {
        return app;
    }

    public HttpsClient http() {
        return client;
    }

    public HttpsClient httpTo(ServerApp node) {
        return new HttpsClient(node.port(), node.tlsMaterial().chain().getFirst());
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A new organization with an owner who is signed in. */
    public Tenant newTenant() {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 12);
        return new Tenant(this, app.provisioning().createOrganization(slug, "Org " + slug));
    }

    public void close() {
        app.close();
    }
}
