package io.spotguard.model.auth;

/**
 * What a sign-in answer asks of the client next. Later steps (second factor, device approval) arrive as new
 * values with a short-lived challenge instead of tokens; clients must treat an unknown step as "cannot continue".
 */
public enum LoginStep {
    /** Signed in: the tokens are usable. */
    AUTHENTICATED,
    /** Signed in with a one-time password: only the password change is allowed until it is done. */
    CHANGE_PASSWORD
}
