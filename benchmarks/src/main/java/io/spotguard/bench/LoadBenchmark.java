package io.spotguard.bench;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.auth.RefreshRequest;
import io.spotguard.server.ServerApp;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.http.Json;
import io.spotguard.server.tls.TlsMaterial;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Loads a server running as a process of its own, as real clients would, and prints per row: requests per
 * second, p50, p99 and max latency, the server's CPU per request and its resident memory. Rows: liveness, /me,
 * token refresh (each refresh token used once), an admin's page of 20 users, sign-ins of distinct users, and a
 * mixed row where sign-ins run beside /me — the /me p99 there against /me alone shows whether hashing starves the
 * rest. Seeded data is kept under benchmarks/target so later runs start at once.
 */
public final class LoadBenchmark {
    private static final String PASSWORD = "load-benchmark-password";

    private LoadBenchmark() {
    }

    record Options(int seconds, int warmupSeconds, int connections, int users, int bcryptCost, String heap,
                   Path serverJar) {
        static Options parse(List<String> args) {
            int seconds = 10;
            int warmup = 3;
            int connections = 16;
            int users = 1000;
            int cost = 12;
            String heap = "512m";
            Path jar = Path.of("server/target/spotguard-server-0.1.0-SNAPSHOT.jar");
            for (int i = 0; i + 1 < args.size(); i += 2) {
                String value = args.get(i + 1);
                switch (args.get(i)) {
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--connections" -> connections = Integer.parseInt(value);
                    case "--users" -> users = Integer.parseInt(value);
                    case "--bcrypt-cost" -> cost = Integer.parseInt(value);
                    case "--heap" -> heap = value;
                    case "--server-jar" -> jar = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            return new Options(seconds, warmup, connections, users, cost, heap, jar);
        }
    }

    public static void run(List<String> args) throws Exception {
        Options options = Options.parse(args);
        Path dataDir = Path.of("benchmarks/target/load-data-cost" + options.bcryptCost() + "-users" + options.users())
                .toAbsolutePath();
        seedIfMissing(dataDir, options);
        int port = freePort();
        Path log = dataDir.resolve("server.log");
        Process server = startServer(options, dataDir, port, log);
        try {
            SSLContext tls = Tls.trusting(TlsMaterial.load(AppConfig.forTests(dataDir)).chain().getFirst());
            Load load = new Load(new BenchClient(URI.create("https://localhost:" + port), tls), server.pid());
            load.awaitReady(Duration.ofSeconds(120));
            run(load, options, dataDir);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void run(Load load, Options options, Path dataDir) throws Exception {
        String orgId = Files.readString(dataDir.resolve("org-id")).strip();
        String owner = load.signIn("owner@load.test", "owner-device");
        int c = options.connections();
        System.out.printf("Spotguard load benchmark: server process (-Xmx%s), %d connections, %d s per row after %d s"
                        + " warm-up, %d users, bcrypt cost %d, %d cores%n", options.heap(), c, options.seconds(),
                options.warmupSeconds(), options.users(), options.bcryptCost(), Runtime.getRuntime().availableProcessors());
        System.out.println(Row.HEADER);
        Row live = load.row("GET /health/live", options, c, worker -> () -> load.get(ApiPaths.HEALTH_LIVE, null));
        Row me = load.row("GET /api/v1/me", options, c, worker -> () -> load.get(ApiPaths.ME, owner));
        Row refresh = load.row("POST /api/v1/auth/refresh", options, c, worker -> load.refresher(worker));
        Row page = load.row("GET users (page of 20)", options, c,
                worker -> () -> load.get(ApiPaths.users(orgId) + "?limit=20", owner));
        AtomicInteger next = new AtomicInteger();
        Row signIns = load.row("POST /api/v1/auth/login", options, c,
                worker -> () -> load.login("user" + (next.getAndIncrement() % options.users()) + "@load.test"));
        Row[] mixed = load.mixed(options, c, () -> load.get(ApiPaths.ME, owner),
                () -> load.login("user" + (next.getAndIncrement() % options.users()) + "@load.test"));
        double bcrypt = bcryptRate(options);
        System.out.printf("%-36s %9.1f /s (%d threads, in this process, server idle)%n", "raw bcrypt checks",
                bcrypt, Runtime.getRuntime().availableProcessors());
        System.out.println();
        System.out.printf("mixed: /me p99 with sign-ins / /me p99 alone = %.1f   (target <= 3)%n",
                mixed[0].p99Millis() / Math.max(0.001, me.p99Millis()));
        System.out.printf("mixed: longest /me answer while signing in = %.0f ms%n", mixed[0].maxMillis());
        System.out.printf("sign-ins / raw bcrypt = %.2f   (target >= 0.9)%n", signIns.perSecond() / bcrypt);
        System.out.printf("p99 of /me, refresh, users page = %.1f / %.1f / %.1f ms   (target <= 50)%n",
                me.p99Millis(), refresh.p99Millis(), page.p99Millis());
        System.out.printf("liveness for reference: %.0f /s%n", live.perSecond());
    }

    /** One measured row. */
    record Row(String label, double perSecond, double p50Millis, double p99Millis, double maxMillis,
               double cpuMillisPerRequest, long rssMiB, int errors) {
        static final String HEADER = String.format("%-36s %10s %8s %8s %8s %10s %8s %7s", "row", "req/s", "p50 ms",
                "p99 ms", "max ms", "CPU ms/req", "RSS MiB", "errors");

        void print() {
            System.out.printf("%-36s %10.1f %8.1f %8.1f %8.0f %10.2f %8d %7d%n", label, perSecond, p50Millis,
                    p99Millis, maxMillis, cpuMillisPerRequest, rssMiB, errors);
        }
    }

    /** The benchmark's client side, and what it reads of the server process. */
    static final class Load {
        private final BenchClient client;
        private final long serverPid;

        Load(BenchClient client, long serverPid) {
            this.client = client;
            this.serverPid = serverPid;
        }

        void awaitReady(Duration limit) throws Exception {
            Instant end = Instant.now().plus(limit);
            while (Instant.now().isBefore(end)) {
                try {
                    if (get(ApiPaths.HEALTH_READY, null) == 200) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("the server did not become ready; see its log");
        }

        int get(String path, String token) {
            return client.request("GET", path, token, null);
        }

        int login(String email) {
            return client.request("POST", ApiPaths.LOGIN, null, BenchClient.loginBody(email, PASSWORD));
        }

        String signIn(String email, String deviceId) throws Exception {
            return client.accessToken(BenchClient.loginBody(email, PASSWORD, deviceId));
        }

        /** A worker's refresh loop: its own session, each refresh token used once as the server rotates it. */
        Request refresher(int worker) throws Exception {
            String device = "refresh-" + worker;
            byte[] login = BenchClient.loginBody("user" + worker + "@load.test", PASSWORD, device);
            String[] token = {refreshToken(client.send("POST", ApiPaths.LOGIN, null, login))};
            return () -> {
                HttpResponse<String> answer = client.send("POST", ApiPaths.REFRESH, null,
                        Json.mapper().writeValueAsBytes(new RefreshRequest(token[0], device)));
                if (answer.statusCode() == 200) {
                    token[0] = refreshToken(answer);
                }
                return answer.statusCode();
            };
        }

        private static String refreshToken(HttpResponse<String> answer) throws IOException {
            return Json.mapper().readTree(answer.body()).path("refreshToken").asText();
        }

        Row row(String label, Options options, int workers, WorkerFactory factory) throws Exception {
            List<Request> requests = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                requests.add(factory.create(i));
            }
            drive(requests, options.warmupSeconds());
            Measured measured = measure(label, requests, options.seconds());
            measured.rows().getFirst().print();
            return measured.rows().getFirst();
        }

        /** {@code workers} signing in beside {@code workers} calling /me; the /me row first. */
        Row[] mixed(Options options, int workers, Request me, Request signIn) throws Exception {
            List<Request> requests = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                requests.add(me);
            }
            for (int i = 0; i < workers; i++) {
                requests.add(signIn);
            }
            drive(requests, options.warmupSeconds());
            Measured measured = measure("mixed", requests, options.seconds());
            Row meRow = measured.part("  mixed: GET /api/v1/me", 0, workers, options.seconds());
            Row signRow = measured.part("  mixed: POST /api/v1/auth/login", workers, 2 * workers, options.seconds());
            meRow.print();
            signRow.print();
            return new Row[] {meRow, signRow};
        }

        private void drive(List<Request> requests, int seconds) throws Exception {
            measure("warm-up", requests, seconds);
        }

        /** Runs every request in a loop on its own thread for the given time, recording each latency. */
        private Measured measure(String label, List<Request> requests, int seconds) throws Exception {
            long cpuBefore = cpuMillis();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<long[]> latencies = new ArrayList<>();
            int[] errors = new int[requests.size()];
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<java.util.concurrent.Future<long[]>> results = new ArrayList<>();
                for (int i = 0; i < requests.size(); i++) {
                    Request request = requests.get(i);
                    int index = i;
                    results.add(threads.submit(() -> {
                        long[] taken = new long[1024];
                        int n = 0;
                        while (System.nanoTime() < end) {
                            long start = System.nanoTime();
                            int status;
                            try {
                                status = request.call();
                            } catch (RuntimeException e) {
                                status = -1;
                            }
                            long nanos = System.nanoTime() - start;
                            if (status < 200 || status >= 300) {
                                errors[index]++;
                            }
                            if (n == taken.length) {
                                taken = Arrays.copyOf(taken, n * 2);
                            }
                            taken[n++] = nanos;
                        }
                        return Arrays.copyOf(taken, n);
                    }));
                }
                for (var result : results) {
                    latencies.add(result.get());
                }
            }
            long cpu = cpuMillis() - cpuBefore;
            return new Measured(label, latencies, errors, cpu, rssMiB(), seconds);
        }

        private long cpuMillis() throws IOException {
            String[] fields = Files.readString(Path.of("/proc/" + serverPid + "/stat")).split("\\) ")[1].split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10;
        }

        private long rssMiB() throws IOException {
            return Files.readAllLines(Path.of("/proc/" + serverPid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).orElse(-1L);
        }
    }

    /** What one measurement collected, per worker. */
    record Measured(String label, List<long[]> latencies, int[] errors, long cpuMillis, long rssMiB, int seconds) {
        List<Row> rows() {
            return List.of(part(label, 0, latencies.size(), seconds));
        }

        Row part(String name, int from, int to, int seconds) {
            long[] all = latencies.subList(from, to).stream().flatMapToLong(Arrays::stream).sorted().toArray();
            long total = latencies.stream().mapToLong(l -> l.length).sum();
            int failed = IntStream.range(from, to).map(i -> errors[i]).sum();
            double cpuPerRequest = total == 0 ? 0 : (double) cpuMillis / total;
            return new Row(name, all.length / (double) seconds, millis(all, 0.50), millis(all, 0.99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6, cpuPerRequest, rssMiB, failed);
        }

        private static double millis(long[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, quantile * sorted.length)] / 1e6;
        }
    }

    @FunctionalInterface
    interface Request {
        int call() throws Exception;
    }

    @FunctionalInterface
    interface WorkerFactory {
        Request create(int worker) throws Exception;
    }

    /** Seeds an organization with its owner and N members once; later runs reuse the data directory. */
    private static void seedIfMissing(Path dataDir, Options options) throws Exception {
        if (Files.exists(dataDir.resolve("org-id"))) {
            return;
        }
        System.out.printf("Seeding %d users at bcrypt cost %d under %s (first run only)...%n", options.users(),
                options.bcryptCost(), dataDir);
        Files.createDirectories(dataDir);
        try (ServerApp app = ServerApp.start(AppConfig.forTests(dataDir, Map.of(
                "spotguard.auth.bcrypt-cost", Integer.toString(options.bcryptCost()),
                "spotguard.auth.hashing-queue", Integer.toString(options.users()))))) {
            var org = app.provisioning().createOrganization("load", "Load benchmark");
            var owner = app.provisioning().createUser(org.id(), "owner@load.test", "Owner", PASSWORD, false);
            app.provisioning().grant(org.id(), owner.id(), "OWNER", null);
            AtomicInteger done = new AtomicInteger();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < options.users(); i++) {
                    int n = i;
                    threads.submit(() -> {
                        var user = app.provisioning().createUser(org.id(), "user" + n + "@load.test", "User " + n,
                                PASSWORD, false);
                        app.provisioning().grant(org.id(), user.id(), "MEMBER", null);
                        int count = done.incrementAndGet();
                        if (count % 100 == 0) {
                            System.out.printf("  %d/%d%n", count, options.users());
                        }
                        return null;
                    });
                }
            }
            Files.writeString(dataDir.resolve("org-id"), org.id());
        }
    }

    private static Process startServer(Options options, Path dataDir, int port, Path log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx" + options.heap(), "-jar",
                options.serverJar().toAbsolutePath().toString());
        Map<String, String> env = builder.environment();
        // Other SPOTGUARD_* settings in the environment pass through, so a configuration can be measured as such.
        env.put("SPOTGUARD_DATA_DIR", dataDir.toString());
        env.put("SPOTGUARD_HTTP_HOST", "127.0.0.1");
        env.put("SPOTGUARD_HTTP_PORT", Integer.toString(port));
        env.put("SPOTGUARD_AUTH_BCRYPT_COST", Integer.toString(options.bcryptCost()));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private static double bcryptRate(Options options) throws Exception {
        String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(options.bcryptCost()));
        int threads = Runtime.getRuntime().availableProcessors();
        long end = System.nanoTime() + Duration.ofSeconds(Math.max(3, options.seconds() / 2)).toNanos();
        AtomicInteger checks = new AtomicInteger();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        BCrypt.checkpw(PASSWORD, hash);
                        checks.incrementAndGet();
                    }
                });
            }
        }
        return checks.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
