package io.spotguard.server.testing;

import io.spotguard.model.ApiPaths;
import io.spotguard.server.ServerApp;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.tls.TlsMaterial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server in a JVM of its own ({@code io.spotguard.server.Main}), configured the way an operator does it
 * (SPOTGUARD_* environment variables): for what only a separate process can show, such as a SIGKILL in the middle
 * of writes. Its database is the run's (H2 under its own data directory, or a fresh MariaDB database).
 */
public final class ServerProcess implements AutoCloseable {
    public static final String OWNER_EMAIL = "owner@process.test";
    public static final String OWNER_PASSWORD = "process-owner-passphrase";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern BANNER = Pattern.compile("Spotguard is running at https://\\S+:(\\d+)");

    static {
        // The server's own logging.properties for what restarts in this JVM, as Main applies it.
        io.helidon.logging.common.LogConfig.configureRuntime();
    }

    private final Path dataDir;
    private final Map<String, String> databaseSettings;
    private final Path output;
    private final Process process;
    private final HttpsClient http;

    private ServerProcess(Path dataDir, Map<String, String> databaseSettings, Path output, Process process,
                          HttpsClient http) {
        this.dataDir = dataDir;
        this.databaseSettings = databaseSettings;
        this.output = output;
        this.process = process;
        this.http = http;
    }

    /** Starts the process and returns once it answers /health/ready; the caller closes it. */
    public static ServerProcess start() throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("spotguard-process-");
        Map<String, String> databaseSettings = TestDatabase.create();
        Path output = dataDir.resolve("server-output.log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A small heap and C1 only: the machine is shared, and the test measures no speed.
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "io.spotguard.server.Main")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        // Only what this test sets: a developer's own SPOTGUARD_* variables must not point it elsewhere.
        environment.keySet().removeIf(name -> name.startsWith("SPOTGUARD_"));
        Map<String, String> settings = new HashMap<>(databaseSettings);
        settings.put("spotguard.data-dir", dataDir.toString());
        settings.put("spotguard.http.host", "127.0.0.1");
        settings.put("spotguard.http.port", "0");
        settings.put("spotguard.auth.bcrypt-cost", "4");
        settings.put("spotguard.bootstrap.email", OWNER_EMAIL);
        settings.put("spotguard.bootstrap.password", OWNER_PASSWORD);
        settings.forEach((key, value) -> environment.put(environmentName(key), value));

        Process process = builder.start();
        try {
            int port = awaitBanner(process, output);
            var certificate = TlsMaterial.load(AppConfig.forTests(dataDir)).chain().getFirst();
            HttpsClient http = new HttpsClient(port, certificate);
            awaitReady(http, process, output);
            return new ServerProcess(dataDir, databaseSettings, output, process, http);
        } catch (InterruptedException | RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public HttpsClient http() {
        return http;
    }

    /**
     * SIGKILL, as {@code kill -9}: no shutdown hook, no clean close of the database. On Linux
     * {@link Process#destroyForcibly()} sends exactly that. Returns the exit status (137 = 128 + SIGKILL).
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("Server process " + process.pid() + " still runs 30 s after SIGKILL");
        }
        return process.exitValue();
    }

    /** The same data directory and database, started again inside this JVM (as the process would be). */
    public ServerApp restartInProcess() {
        return ServerApp.start(AppConfig.forTests(dataDir, databaseSettings));
    }

    public HttpsClient httpTo(ServerApp node) {
        return new HttpsClient(node.port(), node.tlsMaterial().chain().getFirst());
    }

    /** What the process printed, for failure messages. */
    public String output() {
        return read(output);
    }

    /** Stops the process if it still runs and removes its data directory (a restarted node must be closed first). */
    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        try (var paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String environmentName(String key) {
        return "SPOTGUARD_" + key.substring("spotguard.".length()).toUpperCase(Locale.ROOT).replace('.', '_')
                .replace('-', '_');
    }

    /** Port 0 lets the server pick a free port without a race; it prints the one it got. */
    private static int awaitBanner(Process process, Path output) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Matcher banner = BANNER.matcher(read(output));
            if (banner.find()) {
                return Integer.parseInt(banner.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("The server process exited with " + process.exitValue() + " before it "
                        + "started:\n" + read(output));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The server process did not start within " + START_TIMEOUT + ":\n" + read(output));
    }

    private static void awaitReady(HttpsClient http, Process process, Path output) throws InterruptedException {
        List<String> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 100 && process.isAlive(); attempt++) {
            HttpsClient.Response ready = http.get(ApiPaths.HEALTH_READY, null);
            if (ready.status() == 200) {
                return;
            }
            answers.add(ready.toString());
            Thread.sleep(100);
        }
        throw new AssertionError("The server process never became ready: " + answers + "\n" + read(output));
    }

    private static String read(Path file) {
        try {
            // Decoding with replacement: the process may be half-way through a character.
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
