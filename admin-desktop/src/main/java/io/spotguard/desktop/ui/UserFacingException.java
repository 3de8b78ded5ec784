package io.spotguard.desktop.ui;

/** A failure whose message was written for the user, so {@link ErrorMessages} shows it as it is. */
public final class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }
}
