package io.spotguard.server.security;

import io.spotguard.model.ErrorCodes;

/** Why a session ended, as stored with it. Where the client was told with an error code, the same word. */
public enum SessionEnd {
    LOGOUT("logout"),
    LOGOUT_ALL("logout_all"),
    PASSWORD_CHANGE("password_change"),
    PASSWORD_RESET("password_reset"),
    USER_DISABLED("user_disabled"),
    REVOKED_BY_ADMIN("revoked_by_admin"),
    REFRESH_TOKEN_REUSED(ErrorCodes.REFRESH_TOKEN_REUSED),
    DEVICE_MISMATCH("device_mismatch");

    private final String wireName;

    SessionEnd(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
