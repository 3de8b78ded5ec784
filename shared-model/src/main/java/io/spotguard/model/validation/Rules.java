package io.spotguard.model.validation;

import io.spotguard.model.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The validation rules of the API, collected per field. Both the server (before it touches anything) and the
 * console (before it sends) apply these, so their answers cannot drift apart.
 */
public final class Rules {
    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int SPOT_NAME_MAX = 100;
    public static final int ROLE_NAME_MAX = 64;
    public static final int DEVICE_ID_MAX = 128;
    public static final int DEVICE_NAME_MAX = 100;
    public static final int ORG_SLUG_MAX = 64;
    public static final int PASSWORD_MIN_CHARS = 12;
    /** bcrypt reads 72 bytes; longer passwords are refused rather than silently truncated. */
    public static final int PASSWORD_MAX_BYTES = 72;
    public static final int TOKEN_MAX = 512;

    private static final Pattern DEVICE_ID = Pattern.compile("^[A-Za-z0-9._:-]+$");
    private static final Pattern ROLE_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 _-]*$");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]*$");
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]+$");

    private final List<FieldError> errors = new ArrayList<>();

    private Rules() {
    }

    public static Rules check() {
        return new Rules();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public Rules required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            fail(field, "required", "is required");
        }
        return this;
    }

    /** Human text: required, trimmed length within bounds, nothing hidden (see {@link HiddenCharacters}). */
    public Rules text(String field, String value, int max) {
        if (isMissing(field, value)) {
            return this;
        }
        if (value.strip().length() > max) {
            fail(field, "too_long", "must be at most " + max + " characters");
        } else if (HiddenCharacters.anyIn(value)) {
            fail(field, "invalid_format", HiddenCharacters.MESSAGE);
        }
        return this;
    }

    public Rules optionalText(String field, String value, int max) {
        return value == null ? this : text(field, value, max);
    }

    /** An address that {@link Emails#normalize} accepts; its refusal is reported as it names it. */
    public Rules email(String field, String value) {
        if (isMissing(field, value)) {
            return this;
        }
        try {
            Emails.normalize(value);
        } catch (Emails.InvalidEmailException e) {
            fail(field, e.code(), e.getMessage());
        }
        return this;
    }

    /** A password presented to sign in: never truncated, so an overlong one is refused outright. */
    public Rules password(String field, String value) {
        if (isMissing(field, value)) {
            return this;
        }
        if (utf8Length(value) > PASSWORD_MAX_BYTES) {
            fail(field, "too_long", "must be at most " + PASSWORD_MAX_BYTES + " bytes");
        }
        return this;
    }

    /** A password being set: at least 12 characters, at most 72 bytes, not blank-padded. */
    public Rules newPassword(String field, String value) {
        if (isMissing(field, value)) {
            return this;
        }
        if (value.codePointCount(0, value.length()) < PASSWORD_MIN_CHARS) {
            fail(field, "too_short", "must be at least " + PASSWORD_MIN_CHARS + " characters");
        } else if (utf8Length(value) > PASSWORD_MAX_BYTES) {
            fail(field, "too_long", "must be at most " + PASSWORD_MAX_BYTES + " bytes");
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            fail(field, "invalid_format", "must not contain control characters");
        }
        return this;
    }

    public Rules id(String field, String value) {
        if (isMissing(field, value)) {
            return this;
        }
        return optionalId(field, value);
    }

    public Rules optionalId(String field, String value) {
        if (value != null && !isUuid(value)) {
            fail(field, "invalid_format", "must be an id as returned by the API");
        }
        return this;
    }

    public Rules deviceId(String field, String value) {
        if (isMissing(field, value)) {
            return this;
        }
        if (value.length() > DEVICE_ID_MAX) {
            fail(field, "too_long", "must be at most " + DEVICE_ID_MAX + " characters");
        } else if (!DEVICE_ID.matcher(value).matches()) {
            fail(field, "invalid_format", "may contain only letters, digits and . _ : -");
        }
        return this;
    }

    public Rules roleName(String field, String value) {
        if (isMissing(field, value)) {
            return this;
        }
        if (value.length() > ROLE_NAME_MAX) {
            fail(field, "too_long", "must be at most " + ROLE_NAME_MAX + " characters");
        } else if (!ROLE_NAME.matcher(value).matches()) {
            fail(field, "invalid_format", "may contain only letters, digits, spaces, _ and -");
        }
        return this;
    }

    public Rules optionalSlug(String field, String value) {
        if (value == null) {
            return this;
        }
        if (value.length() > ORG_SLUG_MAX) {
            fail(field, "too_long", "must be at most " + ORG_SLUG_MAX + " characters");
        } else if (!SLUG.matcher(value).matches()) {
            fail(field, "invalid_format", "may contain only lower-case letters, digits and -");
        }
        return this;
    }

    public Rules token(String field, String value) {
        if (isMissing(field, value)) {
            return this;
        }
        if (value.length() > TOKEN_MAX) {
            fail(field, "too_long", "must be at most " + TOKEN_MAX + " characters");
        } else if (!TOKEN.matcher(value).matches()) {
            fail(field, "invalid_format", "is not a token issued by this server");
        }
        return this;
    }

    public Rules notEmpty(String field, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            fail(field, "required", "must name at least one value");
        } else if (values.contains(null)) {
            fail(field, "invalid_value", "must not contain null");
        }
        return this;
    }

    public static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equals(value.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static int utf8Length(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }

    private boolean isMissing(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "required", "is required");
            return true;
        }
        return false;
    }

    private void fail(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }
}
