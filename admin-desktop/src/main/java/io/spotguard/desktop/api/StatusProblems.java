package io.spotguard.desktop.api;

import io.spotguard.model.ErrorCodes;
import io.spotguard.model.Problem;
import java.util.List;

/** A problem for an error answer that came without one (a proxy in between, or an unexpected failure). */
public final class StatusProblems {
    public static final String RATE_LIMITED = "rate_limited";
    static final String UNEXPECTED_STATUS = "unexpected_status";

    private StatusProblems() {
    }

    static Problem of(int status) {
        String code = switch (status) {
            case 400 -> ErrorCodes.VALIDATION_FAILED;
            case 401 -> ErrorCodes.UNAUTHENTICATED;
            case 403 -> ErrorCodes.FORBIDDEN;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            default -> status >= 500 ? ErrorCodes.INTERNAL_ERROR : UNEXPECTED_STATUS;
        };
        return Problem.of(status, "HTTP " + status, code, null, List.of());
    }
}
