package io.spotguard.server.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Small helpers for repositories. Times are stored as DATETIME(6) in UTC whatever the JVM's or the database
 * server's time zone, so every node and both databases read the same instant back.
 */
public final class Sql {
    private Sql() {
    }

    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * The escape character of {@link #containsPattern} patterns ({@code LIKE :p ESCAPE '!'}). Not a backslash:
     * MariaDB reads a backslash inside a string literal as an escape, and Jdbi's parser does too, so
     * {@code ESCAPE '\'} would swallow the rest of the statement.
     */
    public static final char LIKE_ESCAPE = '!';

    /** A LIKE pattern that matches {@code text} anywhere, with the wildcards in it taken literally. */
    public static String containsPattern(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
