package io.spotguard.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotguard.model.validation.Rules;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private static final String PASSWORD = "correct-horse-battery-staple";
    /** The same password hashed by libxcrypt (Python's crypt module), a $2b$ implementation other than ours. */
    private static final String FOREIGN_2B_HASH = "$2b$04$abcdefghijklmnopqrstuuvmHCm.L9dn41XyF2XEemEOKRtNaxWva";
    private static final ExpensiveWork WORK = new ExpensiveWork(1, 4);
    private final PasswordHasher hasher = new PasswordHasher(4, WORK);

    @Test
    void hashIsBcrypt2aWithTheConfiguredCost() {
        assertThat(hasher.hash(PASSWORD)).startsWith("$2a$04$").hasSize(60);
        assertThat(new PasswordHasher(5, WORK).hash(PASSWORD)).startsWith("$2a$05$");
    }

    @Test
    void hashesAreSaltedSoTheSamePasswordHashesDifferently() {
        assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
    }

    @Test
    void rightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = hasher.hash(PASSWORD);

        assertThat(hasher.matches(PASSWORD, hash)).isTrue();
        assertThat(hasher.matches(PASSWORD + "!", hash)).isFalse();
        assertThat(hasher.matches("Correct-horse-battery-staple", hash)).isFalse();
    }

    @Test
    void noHashOrAGarbledHashMatchesNothing() {
        assertThat(hasher.matches(PASSWORD, null)).isFalse();
        assertThat(hasher.matches(PASSWORD, "plain:" + PASSWORD)).isFalse();
        assertThat(hasher.matches(PASSWORD, "")).isFalse();
    }

    @Test
    void passwordOver72BytesIsRefusedNeverTruncated() {
        String seventyTwo = "a".repeat(72);
        String seventyThree = seventyTwo + "b";
        String multiByte = "€".repeat(25);
        assertThat(multiByte.getBytes(StandardCharsets.UTF_8)).hasSize(75);
        String hash = hasher.hash(seventyTwo);

        assertThat(hasher.matches(seventyTwo, hash)).isTrue();
        assertThatThrownBy(() -> hasher.matches(seventyThree, hash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.hash(seventyThree)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.hash(multiByte)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rules.PASSWORD_MAX_BYTES).isEqualTo(72);
    }

    @Test
    void hashNeedsRehashWhenTheCostOrTheVariantDiffers() {
        String cost4 = hasher.hash(PASSWORD);

        assertThat(hasher.needsRehash(cost4)).isFalse();
        assertThat(new PasswordHasher(5, WORK).needsRehash(cost4)).isTrue();
        assertThat(hasher.needsRehash(FOREIGN_2B_HASH)).isTrue();
        assertThat(hasher.needsRehash("not a hash")).isTrue();
        assertThat(hasher.needsRehash(null)).isTrue();
    }

    @Test
    void a2bHashOfTheSamePasswordVerifies() {
        assertThat(hasher.matches(PASSWORD, FOREIGN_2B_HASH)).isTrue();
        assertThat(hasher.matches("wrong-horse-battery-staple", FOREIGN_2B_HASH)).isFalse();
        assertThat(hasher.matches(PASSWORD, "$2y$" + FOREIGN_2B_HASH.substring(4))).isTrue();
    }
}
