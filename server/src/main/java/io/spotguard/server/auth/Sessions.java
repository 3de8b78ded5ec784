package io.spotguard.server.auth;

import io.spotguard.server.security.SessionEnd;
import io.spotguard.server.users.AccountSessions;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Session revocation for other features (disabling a user, resetting a password), inside their transaction.
 * Revocation lives in the database, so every server node refuses the sessions' tokens on the next request.
 */
public final class Sessions implements AccountSessions {
    private final SessionRepository repository;

    Sessions(SessionRepository repository) {
        this.repository = repository;
    }

    /** Ends every session of the user; returns how many were open. */
    @Override
    public int endAll(Handle h, String userId, SessionEnd reason, Instant at) {
        return repository.revokeAllOfUser(h, userId, null, reason, at);
    }
}
