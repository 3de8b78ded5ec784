package io.spotguard.server.credentials;

import io.spotguard.model.validation.Rules;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt (jBCrypt). Hashes are kept in modular crypt format, which names the algorithm and its cost, so a
 * change of cost is noticed at sign-in and the hash is upgraded. jBCrypt reads only 72 bytes: longer
 * passwords are refused by the shared rules before they get here, and refused again here.
 */
public final class PasswordHasher {
    private static final Pattern BCRYPT = Pattern.compile("^\\$2([aby])\\$(\\d\\d)\\$[./A-Za-z0-9]{53}$");
    private final int cost;
    private final ExpensiveWork work;
    private final SecureRandom random = new SecureRandom();
    /** Checked when no account matches, so an unknown email costs what a wrong password costs. */
    private final String decoyHash;

    /** Hashes and checks run on {@code work}, never on a request's own thread. */
    public PasswordHasher(int cost, ExpensiveWork work) {
        this.cost = cost;
        this.work = work;
        this.decoyHash = BCrypt.hashpw("decoy-" + random.nextLong(), BCrypt.gensalt(cost, random));
    }

    public int cost() {
        return cost;
    }

    public String hash(String password) {
        requireBounded(password);
        return work.run(() -> BCrypt.hashpw(password, BCrypt.gensalt(cost, random)));
    }

    /** Checks the password; with a null hash it still spends one bcrypt so timing reveals nothing. */
    public boolean matches(String password, String storedHash) {
        requireBounded(password);
        return work.run(() -> check(password, storedHash));
    }

    private boolean check(String password, String storedHash) {
        if (storedHash == null) {
            BCrypt.checkpw(password, decoyHash);
            return false;
        }
        Matcher m = BCRYPT.matcher(storedHash);
        if (!m.matches()) {
            BCrypt.checkpw(password, decoyHash);
            return false;
        }
        // $2b$ and $2y$ hash passwords of at most 72 bytes exactly like $2a$; jBCrypt only reads the $2a$ prefix.
        return BCrypt.checkpw(password, "$2a$" + storedHash.substring(4));
    }

    public boolean needsRehash(String storedHash) {
        Matcher m = storedHash == null ? null : BCRYPT.matcher(storedHash);
        return m == null || !m.matches() || !m.group(1).equals("a") || Integer.parseInt(m.group(2)) != cost;
    }

    private static void requireBounded(String password) {
        if (Rules.utf8Length(password) > Rules.PASSWORD_MAX_BYTES) {
            throw new IllegalArgumentException("password longer than " + Rules.PASSWORD_MAX_BYTES + " bytes");
        }
    }
}
