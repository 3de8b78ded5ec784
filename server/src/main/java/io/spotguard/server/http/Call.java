package io.spotguard.server.http;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.spotguard.model.validation.Rules;

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
}
