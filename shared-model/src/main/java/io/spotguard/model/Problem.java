package io.spotguard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code code} is a stable snake_case string clients switch on;
 * {@code errors} names each refused field of a 400 answer.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:spotguard:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String title, String code, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, code, errors);
    }
}
