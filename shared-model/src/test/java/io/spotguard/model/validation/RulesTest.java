package io.spotguard.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spotguard.model.FieldError;
import io.spotguard.model.auth.ChangePasswordRequest;
import io.spotguard.model.auth.DevicePlatform;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.RefreshRequest;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.RoleRequest;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.UpdateUserRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulesTest {
    private static final String ID = "0b7c8f52-3f0e-4f6b-9a57-5d2f8f0f5e11";

    @Test
    void emailAddressesAreAcceptedOrNamedWithTheReason() {
        assertThat(Rules.check().email("email", "ada@example.com").errors()).isEmpty();
        assertThat(Rules.check().email("email", "  ada.lovelace+tag@mail.example.co.uk ").errors()).isEmpty();
        for (String bad : List.of("ada", "ada@", "@example.com", "ada@example", "a b@example.com", "ada@@example.com",
                "ada@example..com", "x".repeat(65) + "@example.com")) {
            assertThat(Rules.check().email("email", bad).errors()).as(bad)
                    .containsExactly(new FieldError("email", "invalid_format",
                            "must be an email address such as name@example.com"));
        }
        assertThat(codes(Rules.check().email("email", "a".repeat(64) + "@" + "b".repeat(186) + ".com")))
                .containsExactly("too_long");
        assertThat(codes(Rules.check().email("email", null))).containsExactly("required");
        assertThat(codes(Rules.check().email("email", "   "))).containsExactly("required");
    }

    static Stream<Arguments> hiddenOrControlCharacters() {
        return Stream.of(
                Arguments.of("NUL", "\u0000"),
                Arguments.of("ANSI escape", "\u001b[31m"),
                Arguments.of("bell", "\u0007"),
                Arguments.of("backspace", "\b"),
                Arguments.of("right-to-left override", "\u202e"),
                Arguments.of("left-to-right isolate", "\u2066"),
                Arguments.of("zero-width space", "\u200b"),
                Arguments.of("zero-width joiner beside Latin letters", "\u200d"),
                Arguments.of("zero-width non-joiner beside Latin letters", "\u200c"),
                Arguments.of("byte order mark", "\ufeff"),
                Arguments.of("soft hyphen", "\u00ad"),
                Arguments.of("tag character", new String(Character.toChars(0xE0041))),
                Arguments.of("unassigned", "\u0378"),
                Arguments.of("lone high surrogate", "\ud800"),
                Arguments.of("lone low surrogate", "\udc00"),
                Arguments.of("private use", "\ue000"),
                Arguments.of("supplementary private use", new String(Character.toChars(0xF0000))),
                Arguments.of("line separator", "\u2028"),
                Arguments.of("paragraph separator", "\u2029"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenOrControlCharacters")
    void textWithHiddenOrControlCharactersIsRefused(String kind, String hidden) {
        for (String value : List.of(hidden + "Ada", "Ada" + hidden + "Lovelace", "Ada" + hidden)) {
            assertThat(Rules.check().text("displayName", value, 100).errors()).as(kind)
                    .containsExactly(new FieldError("displayName", "invalid_format",
                            "must not contain invisible or control characters"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenOrControlCharacters")
    void emailWithHiddenOrControlCharactersIsRefused(String kind, String hidden) {
        for (String value : List.of(hidden + "ada@example.com", "ada" + hidden + "@example.com",
                "ada@exa" + hidden + "mple.com", "ada@example.com" + hidden)) {
            assertThat(Rules.check().email("email", value).errors()).as(kind)
                    .containsExactly(new FieldError("email", "invalid_format",
                            "must not contain invisible or control characters"));
        }
    }

    @Test
    void textInAnyScriptWithAccentsAndEmojiIsAccepted() {
        for (String value : List.of("Zoë Ünal", "e\u0301mile", "東京オフィス", "שלום עולם", "Ада Лавлейс",
                "🔒 Vault", "Ada – Lovelace (R&D)", "Ada\u00a0Lovelace",
                "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0915\u094d\u200d\u0937",
                "Team \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67")) {
            assertThat(codes(Rules.check().text("name", value, 100))).as(value).isEmpty();
        }
    }

    @Test
    void emailLocalPartsAreAsciiOnly() {
        for (String bad : List.of("j\u043ehn@example.com", "jürgen@example.com", "ада@example.com",
                "δοκιμή@example.com")) {
            assertThat(Rules.check().email("email", bad).errors()).as(bad)
                    .containsExactly(new FieldError("email", "invalid_format", "must use only ASCII letters, digits"
                            + " and . ! # $ % & ' * + - / = ? ^ _ ` { | } ~ before the @"));
        }
    }

    @Test
    void emailDomainLabelsMustNotMixScripts() {
        for (String bad : List.of("ada@\u0430pple.com", "ada@xn--pple-43d.com", "ada@p\u0430ypal.com",
                "ada@g\u03bfogle.com", "ada@example.c\u043em")) {
            assertThat(Rules.check().email("email", bad).errors()).as(bad)
                    .containsExactly(new FieldError("email", "invalid_format",
                            "must not mix scripts, such as Latin and Cyrillic, within one part of the domain"));
        }
    }

    @Test
    void emailsThatAreNotDotAtomAtAHostNameAreRefused() {
        for (String bad : List.of("\"ada lovelace\"@example.com", "\"ada\"@example.com", ".ada@example.com",
                "ada.@example.com", "ada..lovelace@example.com", "ada(comment)@example.com", "ada@example",
                "ada@" + "l".repeat(64) + ".com", "ada@example.123", "ada@example.com.", "ada@.example.com",
                "ada@-example.com", "ada@exam_ple.com", "ada@[192.0.2.1]", "ada@xn--zz.com", "ada@straße.de",
                "ada@ｅｘａｍｐｌｅ.com", "ada@example。com", "ada@😀.com")) {
            assertThat(Rules.check().email("email", bad).errors()).as(bad)
                    .containsExactly(new FieldError("email", "invalid_format",
                            "must be an email address such as name@example.com"));
        }
    }

    @Test
    void emailsWithInternationalDomainsAndAsciiLocalPartsAreAccepted() {
        for (String good : List.of("jurgen.muller@bücher.de", "X@BÜCHER.de", "x@bu\u0308cher.de",
                "x@xn--bcher-kva.de", "info@例え.jp", "info@テスト.jp", "user@яндекс.рф", "a@한국.kr", "a@abc中文.com",
                "ada.lovelace+tag@example.com", "o'brien!#$%&*/=?^_`{|}~-@example.com", "ada@123.example.com")) {
            assertThat(codes(Rules.check().email("email", good))).as(good).isEmpty();
        }
    }

    @Test
    void newPasswordNeedsTwelveCharactersAndAtMost72Bytes() {
        assertThat(codes(Rules.check().newPassword("p", "a".repeat(11)))).containsExactly("too_short");
        assertThat(codes(Rules.check().newPassword("p", "a".repeat(12)))).isEmpty();
        assertThat(codes(Rules.check().newPassword("p", "a".repeat(72)))).isEmpty();
        assertThat(codes(Rules.check().newPassword("p", "a".repeat(73)))).containsExactly("too_long");
        assertThat(codes(Rules.check().newPassword("p", null))).containsExactly("required");
    }

    @Test
    void newPasswordLengthsCountCharactersButBytesForTheUpperBound() {
        String euro24 = "€".repeat(24);
        String euro25 = "€".repeat(25);
        String emoji12 = "🔒".repeat(12);
        assertThat(euro24.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(euro25.getBytes(StandardCharsets.UTF_8)).hasSize(75);
        assertThat(emoji12.length()).isEqualTo(24);

        assertThat(codes(Rules.check().newPassword("p", euro24))).isEmpty();
        assertThat(codes(Rules.check().newPassword("p", euro25))).containsExactly("too_long");
        assertThat(codes(Rules.check().newPassword("p", emoji12))).isEmpty();
        assertThat(codes(Rules.check().newPassword("p", "🔒".repeat(11)))).containsExactly("too_short");
        assertThat(codes(Rules.check().newPassword("p", "🔒".repeat(19)))).containsExactly("too_long");
    }

    @Test
    void passwordsWithControlCharactersAreRefused() {
        assertThat(codes(Rules.check().newPassword("p", "abcdefghijk\u0000l"))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().newPassword("p", "abcdefghijkl\n"))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().newPassword("p", "abcdef ghijkl"))).isEmpty();
    }

    @Test
    void signInPasswordIsOnlyBoundedNeverTruncated() {
        assertThat(codes(Rules.check().password("p", "short"))).isEmpty();
        assertThat(codes(Rules.check().password("p", "€".repeat(25)))).containsExactly("too_long");
        assertThat(codes(Rules.check().password("p", ""))).containsExactly("required");
    }

    @Test
    void textIsTrimmedBoundedAndFreeOfControlCharacters() {
        assertThat(codes(Rules.check().text("name", "  " + "x".repeat(100) + "  ", 100))).isEmpty();
        assertThat(codes(Rules.check().text("name", "x".repeat(101), 100))).containsExactly("too_long");
        assertThat(codes(Rules.check().text("name", "Tab\there", 100))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().text("name", "Bell\u0007", 100))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().text("name", "\u0085next line", 100))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().text("name", " ", 100))).containsExactly("required");
        assertThat(codes(Rules.check().optionalText("name", null, 100))).isEmpty();
    }

    @Test
    void idsAreTheApisUuids() {
        assertThat(Rules.isUuid(ID)).isTrue();
        assertThat(Rules.isUuid(ID.toUpperCase())).isTrue();
        for (String bad : List.of("", "abc", "1-1-1-1-1", ID + "0", ID.substring(1), ID.replace('-', '_'),
                "' OR 1=1 --")) {
            assertThat(Rules.isUuid(bad)).as(bad).isFalse();
        }
        assertThat(Rules.isUuid(null)).isFalse();
        assertThat(codes(Rules.check().id("userId", "abc"))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().id("userId", null))).containsExactly("required");
        assertThat(codes(Rules.check().optionalId("spotId", null))).isEmpty();
    }

    @Test
    void deviceIdsAreShortAndPlain() {
        assertThat(codes(Rules.check().deviceId("d", "laptop-1.corp:7_a"))).isEmpty();
        assertThat(codes(Rules.check().deviceId("d", "has space"))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().deviceId("d", "slash/../etc"))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().deviceId("d", "émoji"))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().deviceId("d", "d".repeat(128)))).isEmpty();
        assertThat(codes(Rules.check().deviceId("d", "d".repeat(129)))).containsExactly("too_long");
        assertThat(codes(Rules.check().deviceId("d", null))).containsExactly("required");
    }

    @Test
    void roleNamesAndSlugsHaveTheirAlphabets() {
        assertThat(codes(Rules.check().roleName("name", "Help desk_2-b"))).isEmpty();
        assertThat(codes(Rules.check().roleName("name", " leading"))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().roleName("name", "r".repeat(65)))).containsExactly("too_long");
        assertThat(codes(Rules.check().optionalSlug("organization", "acme-2"))).isEmpty();
        assertThat(codes(Rules.check().optionalSlug("organization", "Acme"))).containsExactly("invalid_format");
        assertThat(codes(Rules.check().optionalSlug("organization", null))).isEmpty();
    }

    @Test
    void loginRequestNamesEachBadField() {
        assertThat(fields(new LoginRequest(null, null, null, null, null, null)))
                .containsExactly("email", "password", "deviceId", "deviceName", "platform");
        assertThat(fields(new LoginRequest("not-an-email", "€".repeat(25), "bad id", "d".repeat(101),
                DevicePlatform.LINUX, "Not A Slug")))
                .containsExactly("email", "password", "deviceId", "deviceName", "organization");
        assertThat(new LoginRequest("a@example.com", "pw", "dev-1", "Laptop", DevicePlatform.LINUX, null)
                .validationErrors()).isEmpty();
    }

    @Test
    void adminRequestsNameEachBadField() {
        assertThat(fields(new CreateUserRequest(null, "x".repeat(201)))).containsExactly("email", "displayName");
        assertThat(fields(new CreateUserRequest("ada@example.com", "Ada"))).isEmpty();
        assertThat(fields(new UpdateUserRequest(null, null))).containsExactly("email");
        assertThat(fields(new UpdateUserRequest("bad", "x".repeat(201)))).containsExactlyInAnyOrder("email",
                "displayName");
        assertThat(fields(new UpdateUserRequest(null, "Ada"))).isEmpty();
        assertThat(fields(new SpotRequest("s".repeat(101)))).containsExactly("name");
        assertThat(fields(new SpotRequest(null))).containsExactly("name");
        assertThat(fields(new RoleRequest(null, Set.of()))).containsExactly("name", "permissions");
        assertThat(fields(new RoleRequest("Ok", null))).containsExactly("permissions");
        Set<Permission> withNull = new HashSet<>();
        withNull.add(null);
        assertThat(fields(new RoleRequest("Ok", withNull))).containsExactly("permissions");
        assertThat(fields(new GrantRequest("x", "y", "z"))).containsExactly("userId", "roleId", "spotId");
        assertThat(fields(new GrantRequest(null, null, null))).containsExactly("userId", "roleId");
        assertThat(fields(new GrantRequest(ID, ID, null))).isEmpty();
    }

    @Test
    void passwordRequestsNameEachBadField() {
        assertThat(fields(new ChangePasswordRequest(null, "short"))).containsExactly("currentPassword", "newPassword");
        assertThat(fields(new ChangePasswordRequest("the-same-password", "the-same-password")))
                .containsExactly("newPassword");
        assertThat(fields(new RefreshRequest("not a token!", "bad id"))).containsExactly("refreshToken", "deviceId");
        assertThat(fields(new RefreshRequest("t".repeat(513), "dev"))).containsExactly("refreshToken");
    }

    @Test
    void serializedRequestsCarryOnlyTheirFieldsAndNoValidFlag() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode login = json.readTree(json.writeValueAsString(
                new LoginRequest("a@example.com", "pw", "dev-1", "Laptop", DevicePlatform.LINUX, null)));

        assertThat(login.has("valid")).isFalse();
        List<String> names = new ArrayList<>();
        login.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("email", "password", "deviceId", "deviceName", "platform",
                "organization");
        assertThat(json.writeValueAsString(new SpotRequest("x"))).isEqualTo("{\"name\":\"x\"}");
    }

    @Test
    void toStringNeverShowsSecrets() {
        assertThat(new LoginRequest("a@example.com", "hunter2-hunter2", "d", "n", DevicePlatform.LINUX, null).toString())
                .doesNotContain("hunter2");
        assertThat(new ChangePasswordRequest("old-secret-123", "new-secret-456").toString())
                .doesNotContain("old-secret", "new-secret");
        assertThat(new RefreshRequest("refresh-secret", "d").toString()).doesNotContain("refresh-secret");
    }

    private static List<String> codes(Rules rules) {
        return rules.errors().stream().map(FieldError::code).toList();
    }

    private static List<String> fields(Validatable request) {
        return request.validationErrors().stream().map(FieldError::field).toList();
    }
}
