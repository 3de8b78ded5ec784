package io.spotguard.model.users;

/**
 * A password the server generated for a user (at creation or reset). It is shown once, here; the server keeps
 * only its hash and makes the user change it at first sign-in.
 */
public record OneTimePassword(User user, String oneTimePassword) {
    @Override
    public String toString() {
        return "OneTimePassword[user=" + user + ", oneTimePassword=<hidden>]";
    }
}
