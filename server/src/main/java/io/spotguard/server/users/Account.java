package io.spotguard.server.users;

import io.spotguard.model.users.UserStatus;

/** An account as sign-in sees it, with its password hash: never part of an answer or a log line. */
public record Account(String userId, String orgId, String email, String passwordHash, UserStatus status,
                      boolean mustChangePassword) {
    public boolean active() {
        return status == UserStatus.ACTIVE;
    }

    @Override
    public String toString() {
        return "Account[userId=" + userId + ", orgId=" + orgId + ", status=" + status + ", passwordHash=<hidden>]";
    }
}
