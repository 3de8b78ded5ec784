package io.spotguard.model.users;

import java.time.Instant;

/** A user account as admins see it. No secret of the account ever appears here. */
public record User(String id, String orgId, String email, String displayName, UserStatus status,
                   boolean mustChangePassword, Instant createdAt, Instant passwordChangedAt) {
}
