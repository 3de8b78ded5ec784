package io.spotguard.server.auth;

import io.spotguard.server.db.Sql;
import io.spotguard.server.security.SessionEnd;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL of sessions and their refresh tokens (stored as hashes only). */
final class SessionRepository {
    record SessionRow(String id, String orgId, String userId, String deviceId, Instant expiresAt, Instant revokedAt) {
        boolean usableAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    record RefreshRow(String tokenHash, String sessionId, Instant rotatedAt) {
    }

    void insertSession(Handle h, String id, String orgId, String userId, String deviceId, Instant now, Instant expiresAt) {
        h.createUpdate("""
                        INSERT INTO user_session (id, org_id, user_id, device_id, created_at, last_used_at, expires_at)
                        VALUES (:id, :org, :user, :device, :now, :now, :expires)""")
                .bind("id", id).bind("org", orgId).bind("user", userId).bind("device", deviceId)
                .bind("now", Sql.utc(now)).bind("expires", Sql.utc(expiresAt)).execute();
    }

    Optional<SessionRow> session(Handle h, String sessionId) {
        return h.createQuery("""
                        SELECT id, org_id, user_id, device_id, expires_at, revoked_at FROM user_session WHERE id = :id""")
                .bind("id", sessionId)
                .map((rs, ctx) -> new SessionRow(rs.getString("id"), rs.getString("org_id"), rs.getString("user_id"),
                        rs.getString("device_id"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "revoked_at")))
                .findOne();
    }

    void insertRefreshToken(Handle h, String tokenHash, String sessionId, Instant now) {
        h.createUpdate("INSERT INTO refresh_token (token_hash, session_id, issued_at) VALUES (:hash, :session, :now)")
                .bind("hash", tokenHash).bind("session", sessionId).bind("now", Sql.utc(now)).execute();
    }

    Optional<RefreshRow> refreshToken(Handle h, String tokenHash) {
        return h.createQuery("SELECT token_hash, session_id, rotated_at FROM refresh_token WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new RefreshRow(rs.getString("token_hash"), rs.getString("session_id"),
                        Sql.instant(rs, "rotated_at")))
                .findOne();
    }

    /** Marks the token used; false when another request rotated it first (a replay race counts as reuse). */
    boolean rotate(Handle h, String tokenHash, Instant now) {
        return h.createUpdate("UPDATE refresh_token SET rotated_at = :now WHERE token_hash = :hash AND rotated_at IS NULL")
                .bind("now", Sql.utc(now)).bind("hash", tokenHash).execute() == 1;
    }

    void touch(Handle h, String sessionId, Instant now) {
        h.createUpdate("UPDATE user_session SET last_used_at = :now WHERE id = :id")
                .bind("now", Sql.utc(now)).bind("id", sessionId).execute();
    }

    int revoke(Handle h, String sessionId, SessionEnd reason, Instant now) {
        return h.createUpdate("""
                        UPDATE user_session SET revoked_at = :now, revoked_reason = :reason
                        WHERE id = :id AND revoked_at IS NULL""")
                .bind("now", Sql.utc(now)).bind("reason", reason.wireName()).bind("id", sessionId).execute();
    }

    int revokeAllOfUser(Handle h, String userId, String exceptSessionId, SessionEnd reason, Instant now) {
        return h.createUpdate("""
                        UPDATE user_session SET revoked_at = :now, revoked_reason = :reason
                        WHERE user_id = :user AND revoked_at IS NULL AND id <> :except""")
                .bind("now", Sql.utc(now)).bind("reason", reason.wireName()).bind("user", userId)
                .bind("except", exceptSessionId == null ? "" : exceptSessionId).execute();
    }

    /** Retires every live refresh token of the session, before a new one is issued outside the rotation. */
    void retireRefreshTokens(Handle h, String sessionId, Instant now) {
        h.createUpdate("UPDATE refresh_token SET rotated_at = :now WHERE session_id = :session AND rotated_at IS NULL")
                .bind("now", Sql.utc(now)).bind("session", sessionId).execute();
    }
}
