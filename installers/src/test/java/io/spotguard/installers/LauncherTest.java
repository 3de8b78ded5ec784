package io.spotguard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as a newcomer runs it: {@code ./spotguard demo} with and without a display, run twice, and with
 * no JDK 25 in sight. The jars are already built by the reactor, so the launcher starts them as they are.
 */
class LauncherTest {
    private static final Path ROOT = Path.of(System.getProperty("spotguard.root", "..")).toAbsolutePath().normalize();
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;
    private final List<Process> started = new java.util.ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void headlessDemoStartsTheServerStopsCleanlyAndStartsAgainOnTheSameData() throws Exception {
        int port = freePort();
        for (int run = 1; run <= 2; run++) {
            Launched demo = launch(Map.of("SPOTGUARD_HTTP_PORT", String.valueOf(port)), "demo");
            assertThat(demo.awaitOutput("Spotguard is running at", START)).as("run " + run + ": " + demo.output()).isTrue();
            assertThat(listening(port)).isTrue();

            demo.process().destroy();

            assertThat(demo.process().waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
            // 143: ended by SIGTERM after the shutdown hook closed the server and the database
            assertThat(demo.process().exitValue()).isIn(0, 143);
            assertThat(eventually(() -> !listening(port))).as("port " + port + " freed").isTrue();
            assertThat(demo.output()).doesNotContain("unbound variable");
        }
    }

    @Test
    void theDemoServerStopsWhenTheConsoleEnds() throws Exception {
        Optional<Path> xvfb = Optional.of(Path.of("/usr/bin/Xvfb")).filter(Files::isExecutable);
        assertThat(xvfb).as("Xvfb (Debian package xvfb, installed by .ci/run) gives the console a display").isPresent();
        int display = 90 + (int) (ProcessHandle.current().pid() % 9);
        Process x = new ProcessBuilder(xvfb.get().toString(), ":" + display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(x);
        int port = freePort();
        Launched demo = launch(Map.of("SPOTGUARD_HTTP_PORT", String.valueOf(port), "DISPLAY", ":" + display), "demo");
        assertThat(demo.awaitOutput("Opening the console", START)).as(demo.output()).isTrue();
        assertThat(eventually(() -> console(demo).isPresent())).as("console process started").isTrue();

        console(demo).orElseThrow().destroyForcibly();

        assertThat(demo.process().waitFor(60, TimeUnit.SECONDS)).as("launcher ended with the console").isTrue();
        assertThat(demo.process().exitValue()).isNotZero();
        assertThat(eventually(() -> !listening(port))).as("demo server stopped; port " + port + " freed").isTrue();
        assertThat(demo.output()).contains("Stopping the demo server").doesNotContain("unbound variable");
    }

    @Test
    void withoutAJdk25TheLauncherSaysWhatToInstall(@TempDir Path emptyJvmDir) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("SPOTGUARD_JVM_DIR", emptyJvmDir.toString());
        env.put("JAVA_HOME", "");
        Launched demo = launch(env, "demo");

        assertThat(demo.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(demo.process().exitValue()).isEqualTo(1);
        assertThat(demo.output()).contains("JDK 25 not found").contains("set JAVA_HOME");
    }

    /** A running launcher and everything it printed so far (stdout and stderr together). */
    record Launched(Process process, Path log) {
        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean awaitOutput(String text, Duration limit) {
            return eventually(() -> output().contains(text) || !process.isAlive(), limit) && output().contains(text);
        }
    }

    private Launched launch(Map<String, String> env, String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("spotguard").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        Path log = Files.createTempFile(dataDir.getParent(), "launcher", ".log");
        builder.redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
        environment.put("SPOTGUARD_DATA_DIR", dataDir.toString());
        environment.put("SPOTGUARD_HTTP_HOST", "127.0.0.1");
        environment.put("SPOTGUARD_AUTH_BCRYPT_COST", "4");
        environment.putAll(env);
        Process process = builder.start();
        started.add(process);
        return new Launched(process, log);
    }

    private static Optional<ProcessHandle> console(Launched demo) {
        return demo.process().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("spotguard-admin-desktop"))
                .findFirst();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean eventually(BooleanSupplier condition) {
        return eventually(condition, Duration.ofSeconds(30));
    }

    /** Polls a condition of another process (which has no seam for our clock) until it holds or time runs out. */
    private static boolean eventually(BooleanSupplier condition, Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
