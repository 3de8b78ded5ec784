package io.spotguard.bench;

import io.spotguard.model.ApiPaths;
import io.spotguard.server.ServerApp;
import io.spotguard.server.config.AppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Measures, side by side in one run on one machine, a server on embedded H2:
 * (a) GET /health/live per second, (b) authorized GET /api/v1/me per second, (c) sign-ins per second next to
 * the raw bcrypt rate at the same cost; (d, e) refused sign-ins for a wrong password and an unknown email.
 * Prints b/a (what authentication, authorization and the database cost
 * against the server's plain throughput) and c/bcrypt (what everything around bcrypt costs at sign-in).
 * The load comes from this process, on the same cores as the server: figures are comparable within a run.
 */
public final class ServerBenchmark {
    private static final String PASSWORD = "benchmark-password-1";

    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load")) {
            LoadBenchmark.run(java.util.List.of(args).subList(1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("users")) {
            UserListBenchmark.run(args.length > 1 ? Integer.parseInt(args[1]) : 100_000, 20);
            return;
        }
        Options options = Options.parse(args);
        Path dataDir = Files.createTempDirectory("spotguard-bench-");
        System.out.printf("Spotguard benchmark: %d s per measurement (after %d s warm-up), %d connections, bcrypt cost %d, %d cores%n",
                options.seconds, options.warmupSeconds, options.connections, options.bcryptCost,
                Runtime.getRuntime().availableProcessors());
        try (ServerApp app = ServerApp.start(AppConfig.forTests(dataDir, Map.of(
                "spotguard.auth.bcrypt-cost", Integer.toString(options.bcryptCost),
                "spotguard.database.pool-size", "16")))) {
            var org = app.provisioning().createOrganization("bench", "Benchmark");
            var user = app.provisioning().createUser(org.id(), "bench@bench.test", "Bench", PASSWORD, false);
            app.provisioning().grant(org.id(), user.id(), "OWNER", null);
            app.provisioning().createSpot(org.id(), "Bench spot");

            BenchClient client = new BenchClient(app);
            byte[] login = BenchClient.loginBody("bench@bench.test", PASSWORD);
            String token = client.accessToken(login);

            if (options.only != null) {
                // Profiling aid: one measurement alone, e.g. under JFR.
                measure(options.only, options, options.connections, () -> client.request("GET",
                        options.only.equals("me") ? ApiPaths.ME : ApiPaths.HEALTH_LIVE, token, null));
                return;
            }
            double live = measure("(a) GET /health/live", options, options.connections,
                    () -> client.request("GET", ApiPaths.HEALTH_LIVE, null, null));
            double me = measure("(b) GET /api/v1/me (token checked, session + account + grants read)", options,
                    options.connections, () -> client.request("GET", ApiPaths.ME, token, null));
            int signInThreads = Runtime.getRuntime().availableProcessors();
            double signIns = measure("(c) POST /api/v1/auth/login", options, signInThreads,
                    () -> client.request("POST", ApiPaths.LOGIN, null, login));
            double bcrypt = bcryptRate(options, signInThreads);
            byte[] wrongPassword = BenchClient.loginBody("bench@bench.test", "not-the-password");
            byte[] unknownEmail = BenchClient.loginBody("nobody@bench.test", "not-the-password");
            double wrong = measure("(d) refused sign-in: wrong password", options, signInThreads, 401,
                    () -> client.request("POST", ApiPaths.LOGIN, null, wrongPassword));
            double unknown = measure("(e) refused sign-in: unknown email", options, signInThreads, 401,
                    () -> client.request("POST", ApiPaths.LOGIN, null, unknownEmail));

            System.out.println();
            System.out.printf("b/a        = %.2f   (target >= 0.50)%n", me / live);
            System.out.printf("c/bcrypt   = %.2f   (target >= 0.90)%n", signIns / bcrypt);
            System.out.printf("e/d        = %.2f   (an unknown email costs what a wrong password costs: ~1.00)%n",
                    unknown / wrong);
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static double measure(String label, Options options, int threads, Supplier<Integer> call)
            throws InterruptedException {
        return measure(label, options, threads, 200, call);
    }

    private static double measure(String label, Options options, int threads, int expectedStatus,
                                  Supplier<Integer> call) throws InterruptedException {
        run(threads, options.warmupSeconds, expectedStatus, call);
        LongAdder done = run(threads, options.seconds, expectedStatus, call);
        double rate = done.sum() / (double) options.seconds;
        System.out.printf("%-70s %10.1f /s%n", label, rate);
        return rate;
    }

    private static LongAdder run(int threads, int seconds, int expectedStatus, Supplier<Integer> call)
            throws InterruptedException {
        LongAdder done = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    int status = call.get();
                    if (status != expectedStatus) {
                        throw new IllegalStateException("Benchmark request answered " + status);
                    }
                    if (running.get()) {
                        done.increment();
                    }
                }
            }));
        }
        Thread.sleep(Duration.ofSeconds(seconds));
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        return done;
    }

    /** The bcrypt verifications per second this machine does at the cost, on as many threads as sign-ins used. */
    private static double bcryptRate(Options options, int threads) throws InterruptedException {
        String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(options.bcryptCost));
        return measure("raw bcrypt checkpw at cost " + options.bcryptCost, options, threads, () -> {
            if (!BCrypt.checkpw(PASSWORD, hash)) {
                throw new IllegalStateException("bcrypt mismatch");
            }
            return 200;
        });
    }

    private record Options(int seconds, int warmupSeconds, int connections, int bcryptCost, String only) {
        static Options parse(String[] args) {
            int seconds = 10;
            int warmup = 3;
            int connections = 16;
            int cost = 12;
            String only = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--connections" -> connections = Integer.parseInt(value);
                    case "--bcrypt-cost" -> cost = Integer.parseInt(value);
                    case "--only" -> only = value;
                    default -> throw new IllegalArgumentException("Usage: benchmark [--seconds N] [--warmup N] "
                            + "[--connections N] [--bcrypt-cost N] [--only live|me]; unknown " + args[i]);
                }
                i++;
            }
            return new Options(seconds, warmup, connections, cost, only);
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
