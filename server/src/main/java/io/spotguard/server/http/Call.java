package io.spotguard.server.http;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Rules;
import java.util.List;
import java.util.Optional;

/** One authenticated API call: the request, the response and who is calling. */
public record Call(ServerRequest req, ServerResponse res, Caller caller) {

    /** A path id ({orgId}, {userId}, …). Something that is not one of our ids cannot exist: 404. */
    public String pathId(String name) {
        String value = req.path().pathParameters().get(name);
        if (!Rules.isUuid(value)) {
            throw ApiException.notFound();
        }
        return value;
    }

    public String orgId() {
        return pathId("orgId");
    }

    public Optional<String> query(String name) {
        return req.query().first(name).asOptional().map(String::strip).filter(v -> !v.isEmpty());
    }

    /** An integer query parameter within bounds; anything else is a 400 naming the parameter. */
    public int queryInt(String name, int defaultValue, int min, int max) {
        Optional<String> raw = query(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.validation(List.of(new FieldError(name, "out_of_range",
                "must be a whole number between " + min + " and " + max)));
    }

    /** An optional id query parameter; a malformed one is a 400 naming the parameter. */
    public Optional<String> queryId(String name) {
        Optional<String> value = query(name);
        if (value.isPresent() && !Rules.isUuid(value.get())) {
            throw ApiException.validation(List.of(new FieldError(name, "invalid_format",
                    "must be an id as returned by the API")));
        }
        return value;
    }
}
