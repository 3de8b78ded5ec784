package io.spotguard.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Typed, validated configuration. Built once at start-up; a bad setting stops start-up with a message that
 * names the setting and its environment variable.
 */
public record AppConfig(Path dataDir, Http http, Tls tls, Database database, Auth auth, Bootstrap bootstrap) {

    public record Http(String host, int port, int maxPayloadBytes, int maxHeaderBytes, int maxTcpConnections,
                       int maxConcurrentRequests, Duration idleTimeout, Duration requestHeadTimeout,
                       List<String> trustedProxies) {
    }

    /** keystore null: generate a self-signed certificate under the data directory. */
    public record Tls(Path keystore, String keystorePassword, List<String> hostnames) {
    }

    /** url null: embedded H2 under the data directory. */
    public record Database(String url, String user, String password, int poolSize) {
        public boolean embedded() {
            return url == null;
        }

        @Override
        public String toString() {
            return "Database[url=" + url + ", user=" + user + ", password=<hidden>, poolSize=" + poolSize + "]";
        }
    }

    /** hashingThreads 0: one per core. */
    public record Auth(int bcryptCost, int hashingThreads, int hashingQueue, Duration accessTokenTtl,
                       Duration refreshTokenTtl, Path signingKeysFile, String signingKey) {
        @Override
        public String toString() {
            return "Auth[bcryptCost=" + bcryptCost + ", hashingThreads=" + hashingThreads + ", hashingQueue="
                    + hashingQueue + ", accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl="
                    + refreshTokenTtl + ", signingKeysFile=" + signingKeysFile + ", signingKey=<hidden>]";
        }
    }

    /** password null: generate a one-time password and print it once. */
    public record Bootstrap(String organizationSlug, String organizationName, String email, String password) {
        @Override
        public String toString() {
            return "Bootstrap[organizationSlug=" + organizationSlug + ", email=" + email + ", password=<hidden>]";
        }
    }

    /** The configuration of a real start: defaults, SPOTGUARD_CONFIG file, SPOTGUARD_* environment. */
    public static AppConfig load() {
        return load(System.getenv(), Map.of());
    }

    /**
     * An embedded server for tests and tools: a fresh data directory, loopback, a free port, bcrypt cost 4.
     * {@code overrides} use the keys of application.yaml.
     */
    public static AppConfig forTests(Path dataDir, Map<String, String> overrides) {
        var values = new java.util.HashMap<String, String>(Map.of(
                "spotguard.data-dir", dataDir.toString(),
                "spotguard.http.host", "127.0.0.1",
                "spotguard.http.port", "0",
                "spotguard.auth.bcrypt-cost", "4"));
        values.putAll(overrides);
        return load(Map.of(), values);
    }

    public static AppConfig forTests(Path dataDir) {
        return forTests(dataDir, Map.of());
    }

    static AppConfig load(Map<String, String> environment, Map<String, String> overrides) {
        Settings s = Settings.load(environment, overrides);
        Path dataDir = path(s, "spotguard.data-dir");
        if (dataDir == null) {
            throw s.bad("spotguard.data-dir", "", "must name a directory");
        }
        Http http = new Http(
                s.text("spotguard.http.host"),
                s.integer("spotguard.http.port", 0, 65535),
                s.integer("spotguard.http.max-payload-bytes", 1024, 64 * 1024 * 1024),
                s.integer("spotguard.http.max-header-bytes", 1024, 1024 * 1024),
                s.integer("spotguard.http.max-tcp-connections", 1, 1_000_000),
                s.integer("spotguard.http.max-concurrent-requests", 1, 1_000_000),
                Duration.ofSeconds(s.integer("spotguard.http.idle-timeout-seconds", 1, 86_400)),
                Duration.ofSeconds(s.integer("spotguard.http.request-head-timeout-seconds", 1, 300)),
                list(s.text("spotguard.http.trusted-proxies")));
        TrustedProxies.validate(http.trustedProxies(), s);
        Tls tls = new Tls(path(s, "spotguard.tls.keystore"), s.text("spotguard.tls.keystore-password"),
                list(s.text("spotguard.tls.hostnames")));
        String url = blankToNull(s.text("spotguard.database.url"));
        if (url != null && !url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:h2:")) {
            throw s.bad("spotguard.database.url", url, "must be a jdbc:mariadb: (or jdbc:h2:) URL");
        }
        Database database = new Database(url, s.text("spotguard.database.user"),
                s.text("spotguard.database.password"), s.integer("spotguard.database.pool-size", 1, 500));
        Auth auth = new Auth(
                s.integer("spotguard.auth.bcrypt-cost", 4, 31),
                s.integer("spotguard.auth.hashing-threads", 0, 256),
                s.integer("spotguard.auth.hashing-queue", 1, 10_000),
                Duration.ofMinutes(s.integer("spotguard.auth.access-token-minutes", 1, 24 * 60)),
                Duration.ofDays(s.integer("spotguard.auth.refresh-token-days", 1, 365)),
                path(s, "spotguard.auth.signing-keys-file"),
                blankToNull(s.text("spotguard.auth.signing-key")));
        Bootstrap bootstrap = new Bootstrap(
                s.text("spotguard.bootstrap.organization-slug"),
                s.text("spotguard.bootstrap.organization-name"),
                s.text("spotguard.bootstrap.email"),
                blankToNull(s.text("spotguard.bootstrap.password")));
        return new AppConfig(dataDir, http, tls, database, auth, bootstrap);
    }

    private static Path path(Settings s, String key) {
        String value = blankToNull(s.text(key));
        if (value == null) {
            return null;
        }
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw s.bad(key, value, "is not a valid path");
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
