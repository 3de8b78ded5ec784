package io.spotguard.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.IDN;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "jurgen.muller@bücher.de           | jurgen.muller@xn--bcher-kva.de",
            "X@BÜCHER.de                       | x@xn--bcher-kva.de",
            "x@bu\u0308cher.de                 | x@xn--bcher-kva.de",
            "x@XN--BCHER-KVA.de                | x@xn--bcher-kva.de",
            "Ada@Example.COM                   | ada@example.com",
            "Ada.Lovelace+Tag@mail.example.co.uk | ada.lovelace+tag@mail.example.co.uk",
            "info@例え.jp                      | info@xn--r8jz45g.jp",
            "user@яндекс.рф                    | user@xn--d1acpjx3f.xn--p1ai",
            "o'brien!#$%&*/=?^_`{}~-@example.com | o'brien!#$%&*/=?^_`{}~-@example.com"})
    void canonicalFormHasALowerCaseLocalPartAndAnAsciiDomain(String typed, String canonical) {
        assertThat(Emails.normalize(typed)).isEqualTo(canonical);
        assertThat(Emails.normalize(canonical)).isEqualTo(canonical);
    }

    @Test
    void surroundingBlanksAreNotPartOfTheAddress() {
        assertThat(Emails.normalize("  ada@example.com\u3000")).isEqualTo("ada@example.com");
    }

    @Test
    void aLookAlikeDomainCanOnlyBeStoredAsItsVisibleALabel() {
        assertThat(Emails.normalize("ada@яндекс.com")).isEqualTo("ada@" + IDN.toASCII("яндекс") + ".com")
                .startsWith("ada@xn--");
        assertThatThrownBy(() -> Emails.normalize("ada@\u0430pple.com"))
                .isInstanceOfSatisfying(Emails.InvalidEmailException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_format");
                    assertThat(e.getMessage()).isEqualTo(Emails.MIXED_SCRIPTS);
                });
    }

    @Test
    void anAddressThatOutgrowsTheLimitInAsciiFormIsTooLong() {
        String label = "ü".repeat(40);
        String typed = "a".repeat(64) + "@" + String.join(".", label, label, label, label) + ".de";
        assertThat(typed.length()).isLessThanOrEqualTo(Rules.EMAIL_MAX);

        assertThatThrownBy(() -> Emails.normalize(typed))
                .isInstanceOfSatisfying(Emails.InvalidEmailException.class, e -> assertThat(e.code())
                        .isEqualTo("too_long"));
        assertThat(Rules.check().email("email", typed).errors()).extracting(f -> f.code()).containsExactly("too_long");
    }
}
