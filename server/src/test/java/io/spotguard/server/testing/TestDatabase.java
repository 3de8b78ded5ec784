package io.spotguard.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database of one test run: embedded H2 (default), or a fresh MariaDB database created on the server named
 * by SPOTGUARD_TEST_MARIADB_URL when the run asks for MariaDB (-Dspotguard.test.db=mariadb), dropped afterwards.
 */
final class TestDatabase {
    private static final Pattern URL = Pattern.compile("^(jdbc:mariadb://[^/?]+)/?([^?]*)(\\?.*)?$");

    private TestDatabase() {
    }

    static boolean mariaDbRequested() {
        return "mariadb".equals(System.getProperty("spotguard.test.db", "h2"));
    }

    /** Settings overrides for the run's database; empty for H2 (the data directory holds it). */
    static Map<String, String> create() {
        if (!mariaDbRequested()) {
            return Map.of();
        }
        String serverUrl = System.getenv("SPOTGUARD_TEST_MARIADB_URL");
        if (serverUrl == null || serverUrl.isBlank()) {
            throw new IllegalStateException("-Dspotguard.test.db=mariadb needs SPOTGUARD_TEST_MARIADB_URL, "
                    + "e.g. jdbc:mariadb://127.0.0.1:3306/test?user=root");
        }
        Matcher m = URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalStateException("SPOTGUARD_TEST_MARIADB_URL must look like jdbc:mariadb://host:port/db?user=...");
        }
        String name = "spotguard_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(serverUrl, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(serverUrl, "DROP DATABASE IF EXISTS " + name)));
        String query = m.group(3) == null ? "" : m.group(3);
        return Map.of("spotguard.database.url", m.group(1) + "/" + name + query);
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on the test MariaDB: " + e.getMessage(), e);
        }
    }
}
