package io.spotguard.server.security;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.spotguard.model.validation.Rules;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Caller;

/**
 * One API call past its route's access check: the request, the response, who is calling (null on public
 * routes) and what the check established for the handler (where the caller holds a list's permission, or the
 * check a service completes for a scope named in the request).
 */
public final class Call {
    private final ServerRequest req;
    private final ServerResponse res;
    private final Caller caller;
    private final Reach reach;
    private final ScopedAccess scoped;

    Call(ServerRequest req, ServerResponse res, Caller caller, Reach reach, ScopedAccess scoped) {
        this.req = req;
        this.res = res;
        this.caller = caller;
        this.reach = reach;
        this.scoped = scoped;
    }

    public ServerRequest req() {
        return req;
    }

    public ServerResponse res() {
        return res;
    }

    public Caller caller() {
        return caller;
    }

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

    /** Where the caller holds the route's permission: on routes declared {@link Access#anywhere}. */
    public Reach reach() {
        if (reach == null) {
            throw new IllegalStateException("reach() belongs to routes declared Access.anywhere");
        }
        return reach;
    }

    /** The check left for the scope the request names: on routes declared {@link Access#scopeInRequest}. */
    public ScopedAccess scoped() {
        if (scoped == null) {
            throw new IllegalStateException("scoped() belongs to routes declared Access.scopeInRequest");
        }
        return scoped;
    }
}
