package io.spotguard.server.http;

import io.helidon.webserver.http.ServerRequest;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.FieldError;
import io.spotguard.model.Page;
import io.spotguard.model.validation.Rules;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way to read query parameters. Each reader refuses what it cannot take (a limit out of range, a
 * malformed id or instant, an over-long search) instead of guessing, and collects the refusal; {@link #valid()}
 * then answers one 400 that names every bad parameter, or nothing.
 */
public final class QueryParams {
    /** Longest free-text search: the longest value it can match (an email). */
    public static final int SEARCH_MAX = Rules.EMAIL_MAX;
    private static final int CURSOR_MAX = 512;

    private final ServerRequest req;
    private final List<FieldError> errors = new ArrayList<>();

    private QueryParams(ServerRequest req) {
        this.req = req;
    }

    public static QueryParams of(ServerRequest req) {
        return new QueryParams(req);
    }

    /** Throws one 400 naming every parameter refused so far; call it after reading them all. */
    public QueryParams valid() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return this;
    }

    private Optional<String> raw(String name) {
        return req.query().first(name).asOptional().map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The page size: {@link Page#DEFAULT_LIMIT} when absent, 1 to {@link Page#MAX_LIMIT} when given. */
    public int limit() {
        Optional<String> value = raw(ApiPaths.PARAM_LIMIT);
        if (value.isEmpty()) {
            return Page.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.get());
            if (limit >= 1 && limit <= Page.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        refuse(ApiPaths.PARAM_LIMIT, "out_of_range", "must be a whole number between 1 and " + Page.MAX_LIMIT);
        return Page.DEFAULT_LIMIT;
    }

    /** An id as the API returns them. */
    public Optional<String> id(String name) {
        Optional<String> value = raw(name);
        if (value.isPresent() && !Rules.isUuid(value.get())) {
            refuse(name, "invalid_format", "must be an id as returned by the API");
            return Optional.empty();
        }
        return value;
    }

    /** Free text of at most {@code max} characters; longer is refused, never cut. */
    public Optional<String> text(String name, int max) {
        Optional<String> value = raw(name);
        if (value.isPresent() && value.get().length() > max) {
            refuse(name, "too_long", "must be at most " + max + " characters");
            return Optional.empty();
        }
        return value;
    }

    /** An ISO-8601 instant. */
    public Optional<Instant> instant(String name) {
        return parsed(name, Instant::parse, "must be an ISO-8601 instant such as 2026-01-31T23:59:59Z");
    }

    /** One of a closed set of values, parsed by {@code parser} (which throws IllegalArgumentException otherwise). */
    public <T> Optional<T> choice(String name, Function<String, T> parser, String expected) {
        return parsed(name, parser, expected);
    }

    /** The position a list continues after: what {@link Paging} put into the previous page's cursor. */
    public Optional<String> cursor() {
        Optional<String> value = raw(ApiPaths.PARAM_CURSOR);
        if (value.isEmpty()) {
            return value;
        }
        try {
            if (value.get().length() <= CURSOR_MAX) {
                String decoded = new String(Base64.getUrlDecoder().decode(value.get()), StandardCharsets.UTF_8);
                if (!decoded.isEmpty()) {
                    return Optional.of(decoded);
                }
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        refuse(ApiPaths.PARAM_CURSOR, "invalid_format", "is not a cursor returned by this list");
        return Optional.empty();
    }

    /** A cursor position this list cannot use (a number where one is expected, say) is refused like a bad cursor. */
    public <T> Optional<T> cursor(Function<String, T> parser) {
        Optional<String> position = cursor();
        try {
            return position.map(parser);
        } catch (IllegalArgumentException e) {
            refuse(ApiPaths.PARAM_CURSOR, "invalid_format", "is not a cursor returned by this list");
            return Optional.empty();
        }
    }

    private <T> Optional<T> parsed(String name, Function<String, T> parser, String expected) {
        Optional<String> value = raw(name);
        try {
            return value.map(parser);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            refuse(name, "invalid_value", expected);
            return Optional.empty();
        }
    }

    private void refuse(String name, String code, String message) {
        errors.add(new FieldError(name, code, message));
    }
}
