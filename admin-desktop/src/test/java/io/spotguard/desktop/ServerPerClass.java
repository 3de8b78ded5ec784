package io.spotguard.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real in-process server (fresh data directory and database) before a test class and stops it after:
 * {@code @RegisterExtension static final ServerPerClass lifecycle = new ServerPerClass(s -> server = s);}
 */
public final class ServerPerClass implements BeforeAllCallback, AfterAllCallback {
    private final Consumer<TestServer> started;
    private TestServer server;
    private Path dataDir;

    public ServerPerClass(Consumer<TestServer> started) {
        this.started = started;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("spotguard-console-test-");
        server = TestServer.start(dataDir);
        started.accept(server);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        try (var paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
