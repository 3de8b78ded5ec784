package io.spotguard.server.http;

import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A refusal a client can act on. Handlers and services throw it; {@link ErrorMapper} alone turns it into a
 * problem+json answer. The detail is written for people and never carries internals.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final String code;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> headers;

    public ApiException(int status, String title, String code, String detail, List<FieldError> fieldErrors,
                        Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.headers = Map.copyOf(headers);
    }

    public ApiException(int status, String title, String code, String detail) {
        this(status, title, code, detail, List.of(), Map.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException validation(List<FieldError> errors) {
        return new ApiException(400, "Invalid request", ErrorCodes.VALIDATION_FAILED,
                "Some fields are missing or invalid; see errors.", errors, Map.of());
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(400, "Bad request", code, detail);
    }

    public static ApiException unauthorized(String code, String detail) {
        return new ApiException(401, "Unauthorized", code, detail, List.of(),
                Map.of("WWW-Authenticate", "Bearer realm=\"spotguard\""));
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(403, "Forbidden", code, detail);
    }

    public static ApiException forbidden() {
        return forbidden(ErrorCodes.FORBIDDEN, "You do not have permission to do this.");
    }

    /** Also the answer for anything of another organization: its existence is not confirmed. */
    public static ApiException notFound() {
        return new ApiException(404, "Not found", ErrorCodes.NOT_FOUND, "The resource does not exist.");
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, "Conflict", code, detail);
    }
}
