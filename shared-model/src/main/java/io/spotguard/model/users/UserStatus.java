package io.spotguard.model.users;

/** The life cycle of an account. Only ACTIVE accounts can sign in. */
public enum UserStatus {
    INVITED, ACTIVE, DISABLED, LOCKED, BANNED
}
