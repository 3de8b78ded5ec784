package io.spotguard.server.http;

import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A refusal a client can act on, said in the domain's words: what kind of refusal, a stable code and a detail
 * written for people (never internals). Handlers and services throw it; {@link ErrorMapper} alone decides the
 * HTTP status and turns it into a problem+json answer.
 */
public class ApiException extends RuntimeException {
    /** What went wrong, as the domain sees it; the mapper gives each its status. */
    public enum Kind {
        INVALID, BAD_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT,
        PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, TOO_MANY_REQUESTS, INTERNAL
    }

    private final Kind kind;
    private final String code;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> headers;

    private ApiException(Kind kind, String code, String detail, List<FieldError> fieldErrors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.headers = Map.copyOf(headers);
    }

    private ApiException(Kind kind, String code, String detail) {
        this(kind, code, detail, List.of(), Map.of());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Facts the answer must carry as headers (the allowed methods, when to retry). */
    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException validation(List<FieldError> errors) {
        return validation(ErrorCodes.VALIDATION_FAILED, "Some fields are missing or invalid; see errors.", errors);
    }

    /** Invalid input with a code of its own (a wrong current password, say), still naming the fields. */
    public static ApiException validation(String code, String detail, List<FieldError> errors) {
        return new ApiException(Kind.INVALID, code, detail, errors, Map.of());
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(Kind.BAD_REQUEST, code, detail);
    }

    public static ApiException unauthorized(String code, String detail) {
        return new ApiException(Kind.UNAUTHENTICATED, code, detail);
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(Kind.FORBIDDEN, code, detail);
    }

    public static ApiException forbidden() {
        return forbidden(ErrorCodes.FORBIDDEN, "You do not have permission to do this.");
    }

    /** Also the answer for anything of another organization: its existence is not confirmed. */
    public static ApiException notFound() {
        return new ApiException(Kind.NOT_FOUND, ErrorCodes.NOT_FOUND, "The resource does not exist.");
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(Kind.CONFLICT, code, detail);
    }

    /** {@code allowed}: the methods the path does take, for the Allow header. */
    public static ApiException methodNotAllowed(String allowed) {
        String detail = allowed.isEmpty() ? "This method is not allowed."
                : "This method is not allowed here. Allowed: " + allowed + ".";
        return new ApiException(Kind.METHOD_NOT_ALLOWED, ErrorCodes.METHOD_NOT_ALLOWED, detail, List.of(),
                allowed.isEmpty() ? Map.of() : Map.of("Allow", allowed));
    }

    public static ApiException payloadTooLarge(String detail) {
        return new ApiException(Kind.PAYLOAD_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE, detail);
    }

    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(Kind.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    /** Refused for now: the client may try again after {@code retryAfter}. */
    public static ApiException tooManyRequests(String code, String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ApiException(Kind.TOO_MANY_REQUESTS, code, detail, List.of(),
                Map.of("Retry-After", Long.toString(seconds)));
    }

    public static ApiException internal(String detail) {
        return new ApiException(Kind.INTERNAL, ErrorCodes.INTERNAL_ERROR, detail);
    }
}
