package io.spotguard.server.users;

import io.spotguard.model.users.User;
import io.spotguard.model.users.UserStatus;
import io.spotguard.server.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL of user accounts. Every query is bound to an organization, except the sign-in look-up by email. */
final class UserRepository {
    private static final String COLUMNS = """
            id, org_id, email, display_name, status, must_change_password, created_at, password_changed_at""";

    void insert(Handle h, User user, String passwordHash) {
        h.createUpdate("""
                        INSERT INTO user_account (id, org_id, email, display_name, password_hash, status,
                            must_change_password, password_changed_at, created_at, updated_at)
                        VALUES (:id, :org, :email, :name, :hash, :status, :mustChange, :changedAt, :at, :at)""")
                .bind("id", user.id()).bind("org", user.orgId()).bind("email", user.email())
                .bind("name", user.displayName()).bind("hash", passwordHash).bind("status", user.status().name())
                .bind("mustChange", user.mustChangePassword()).bind("changedAt", Sql.utc(user.passwordChangedAt()))
                .bind("at", Sql.utc(user.createdAt()))
                .execute();
    }

    Optional<User> find(Handle h, String orgId, String userId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM user_account WHERE org_id = :org AND id = :id")
                .bind("org", orgId).bind("id", userId).map((rs, ctx) -> user(rs)).findOne();
    }

    Optional<User> findById(Handle h, String userId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM user_account WHERE id = :id")
                .bind("id", userId).map((rs, ctx) -> user(rs)).findOne();
    }

    boolean emailTaken(Handle h, String orgId, String email, String exceptUserId) {
        return h.createQuery("SELECT COUNT(*) FROM user_account WHERE org_id = :org AND email = :email AND id <> :id")
                .bind("org", orgId).bind("email", email).bind("id", exceptUserId == null ? "" : exceptUserId)
                .mapTo(Integer.class).one() > 0;
    }

    /**
     * One page ordered by email, after the cursor's email. {@code onlyIds} (null: everyone) narrows the page to
     * the users a spot admin may see.
     */
    List<User> page(Handle h, String orgId, String query, String afterEmail, int limit, Collection<String> onlyIds) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM user_account WHERE org_id = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", orgId);
        if (query != null) {
            sql.append(" AND (LOWER(email) LIKE :q ESCAPE '" + Sql.LIKE_ESCAPE + "' OR LOWER(display_name) LIKE :q ESCAPE '"
                    + Sql.LIKE_ESCAPE + "')");
            params.put("q", Sql.containsPattern(query));
        }
        if (afterEmail != null) {
            sql.append(" AND email > :after");
            params.put("after", afterEmail);
        }
        if (onlyIds != null) {
            if (onlyIds.isEmpty()) {
                return List.of();
            }
            sql.append(" AND id IN (<ids>)");
        }
        sql.append(" ORDER BY email LIMIT :limit");
        var q = h.createQuery(sql.toString()).bindMap(params).bind("limit", limit);
        if (onlyIds != null) {
            q.bindList("ids", List.copyOf(onlyIds));
        }
        return q.map((rs, ctx) -> user(rs)).list();
    }

    void update(Handle h, String userId, String email, String displayName, Instant at) {
        h.createUpdate("UPDATE user_account SET email = :email, display_name = :name, updated_at = :at WHERE id = :id")
                .bind("email", email).bind("name", displayName).bind("at", Sql.utc(at)).bind("id", userId)
                .execute();
    }

    void setStatus(Handle h, String userId, UserStatus status, Instant at) {
        h.createUpdate("UPDATE user_account SET status = :status, updated_at = :at WHERE id = :id")
                .bind("status", status.name()).bind("at", Sql.utc(at)).bind("id", userId).execute();
    }

    void setPassword(Handle h, String userId, String hash, boolean mustChange, Instant changedAt) {
        h.createUpdate("""
                        UPDATE user_account SET password_hash = :hash, must_change_password = :mustChange,
                            password_changed_at = :changedAt, updated_at = :changedAt WHERE id = :id""")
                .bind("hash", hash).bind("mustChange", mustChange).bind("changedAt", Sql.utc(changedAt))
                .bind("id", userId).execute();
    }

    /** Rehash at sign-in (cost changed): the password itself and its must-change state stay. */
    void replaceHash(Handle h, String userId, String hash) {
        h.createUpdate("UPDATE user_account SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash).bind("id", userId).execute();
    }

    List<Account> accountsByEmail(Handle h, String email, String orgId) {
        String where = orgId == null ? "email = :email" : "email = :email AND org_id = :org";
        var q = h.createQuery("""
                SELECT id, org_id, email, password_hash, status, must_change_password FROM user_account
                WHERE %s ORDER BY created_at, id LIMIT 10""".formatted(where)).bind("email", email);
        if (orgId != null) {
            q.bind("org", orgId);
        }
        return q.map((rs, ctx) -> account(rs)).list();
    }

    Optional<Account> account(Handle h, String userId) {
        return h.createQuery("""
                        SELECT id, org_id, email, password_hash, status, must_change_password FROM user_account
                        WHERE id = :id""")
                .bind("id", userId).map((rs, ctx) -> account(rs)).findOne();
    }

    Map<String, String> emails(Handle h, String orgId, Collection<String> ids) {
        Map<String, String> emails = new HashMap<>();
        if (ids.isEmpty()) {
            return emails;
        }
        h.createQuery("SELECT id, email FROM user_account WHERE org_id = :org AND id IN (<ids>)")
                .bind("org", orgId).bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("email")))
                .forEach(e -> emails.put(e.getKey(), e.getValue()));
        return emails;
    }

    List<String> activeAmong(Handle h, String orgId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT id FROM user_account WHERE org_id = :org AND status = 'ACTIVE' AND id IN (<ids>)")
                .bind("org", orgId).bindList("ids", List.copyOf(ids)).mapTo(String.class).list();
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString("id"), rs.getString("org_id"), rs.getString("email"),
                rs.getString("password_hash"), UserStatus.valueOf(rs.getString("status")),
                rs.getBoolean("must_change_password"));
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("org_id"), rs.getString("email"),
                rs.getString("display_name"), UserStatus.valueOf(rs.getString("status")),
                rs.getBoolean("must_change_password"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "password_changed_at"));
    }
}
