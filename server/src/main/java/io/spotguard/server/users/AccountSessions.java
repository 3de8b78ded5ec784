package io.spotguard.server.users;

import io.spotguard.server.security.SessionEnd;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Ending an account's sessions (kept by the auth feature), inside the transaction that disables or resets it. */
public interface AccountSessions {
    /** Ends every session of the user; returns how many were open. */
    int endAll(Handle h, String userId, SessionEnd reason, Instant at);
}
