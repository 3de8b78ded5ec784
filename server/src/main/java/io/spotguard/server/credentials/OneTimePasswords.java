package io.spotguard.server.credentials;

import java.security.SecureRandom;

/**
 * Passwords the server makes up for a new or reset account: about 95 bits from an alphabet without look-alike
 * characters, in groups an admin can read out. The user must replace it at first sign-in.
 */
public final class OneTimePasswords {
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
