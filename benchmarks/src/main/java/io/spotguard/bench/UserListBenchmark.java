package io.spotguard.bench;

import io.spotguard.model.ApiPaths;
import io.spotguard.server.ServerApp;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.http.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.mindrot.jbcrypt.BCrypt;

/**
 * How the console's user table behaves on a large organization: an organization with N users (100,000 by
 * default, inserted in bulk), then the latency of the requests the table makes — the first page, a page deep
 * in the list (keyset cursor), and searches matching one user or thousands.
 */
final class UserListBenchmark {
    private static final String PASSWORD = "benchmark-password-1";

    private UserListBenchmark() {
    }

    static void run(int users, int repeats) throws Exception {
        Path dataDir = Files.createTempDirectory("spotguard-bench-users-");
        try (ServerApp app = ServerApp.start(AppConfig.forTests(dataDir, Map.of()))) {
            var org = app.provisioning().createOrganization("big", "Big organization");
            var admin = app.provisioning().createUser(org.id(), "admin@big.test", "Admin", PASSWORD, false);
            app.provisioning().grant(org.id(), admin.id(), "OWNER", null);
            long started = System.nanoTime();
            insertUsers(app, org.id(), users);
            System.out.printf("Inserted %,d users in %.1f s%n", users, (System.nanoTime() - started) / 1e9);

            BenchClient client = new BenchClient(app);
            String token = client.accessToken(BenchClient.loginBody("admin@big.test", PASSWORD));
            String users0 = ApiPaths.users(org.id());
            String deepCursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(String.format("user%07d@big.test", users / 2).getBytes(StandardCharsets.UTF_8));
            time(client, token, "first page (50 users)", users0 + "?limit=50", repeats);
            time(client, token, "page in the middle (keyset cursor)", users0 + "?limit=50&cursor=" + deepCursor, repeats);
            time(client, token, "search matching 1 user", users0 + "?limit=50&q=" + String.format("user%07d", users - 1), repeats);
            time(client, token, "search matching ~10% (first page)", users0 + "?limit=50&q=person+1", repeats);
            time(client, token, "search matching nobody (full scan)", users0 + "?limit=50&q=zzzz", repeats);
        } finally {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Bulk insert straight into the schema: provisioning one by one would spend hours in bcrypt. */
    private static void insertUsers(ServerApp app, String orgId, int users) {
        String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int batch = 5_000;
        for (int from = 0; from < users; from += batch) {
            int start = from;
            app.database().useTransaction(h -> {
                var insert = h.prepareBatch("""
                        INSERT INTO user_account (id, org_id, email, display_name, password_hash, status,
                            must_change_password, created_at, updated_at)
                        VALUES (:id, :org, :email, :name, :hash, 'ACTIVE', FALSE, :at, :at)""");
                for (int i = start; i < Math.min(users, start + batch); i++) {
                    insert.bind("id", UUID.randomUUID().toString()).bind("org", orgId)
                            .bind("email", String.format("user%07d@big.test", i))
                            .bind("name", "Person " + i).bind("hash", hash).bind("at", now).add();
                }
                insert.execute();
            });
        }
    }

    private static void time(BenchClient client, String token, String label, String path, int repeats)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            client.send("GET", path, token, null);
        }
        long total = 0;
        int items = 0;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send("GET", path, token, null);
            total += System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + " answered " + response.statusCode() + ": " + response.body());
            }
            items = Json.mapper().readTree(response.body()).path("items").size();
        }
        System.out.printf("%-45s %8.1f ms  (%d users on the page)%n", label, total / 1e6 / repeats, items);
    }
}
