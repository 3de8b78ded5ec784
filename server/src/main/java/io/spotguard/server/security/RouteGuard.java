package io.spotguard.server.security;

import io.helidon.webserver.http.Handler;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.rbac.Permission;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.ApiHandler;
import io.spotguard.server.http.Call;
import io.spotguard.server.http.Caller;

/**
 * How every route declares what it needs: authentication always, then the permission over the organization,
 * over the spot in its path, or (for lists) wherever the caller holds it. Until a one-time password is
 * replaced, only the password change and sign-out get through.
 */
public final class RouteGuard {
    private final Authentication authenticator;
    private final Authorizer authorizer;

    public RouteGuard(Authentication authenticator, Authorizer authorizer) {
        this.authenticator = authenticator;
        this.authorizer = authorizer;
    }

    /** Any signed-in user whose password is in order. */
    public Handler signedIn(ApiHandler handler) {
        return (req, res) -> handler.handle(new Call(req, res, requirePasswordInOrder(authenticator.authenticate(req))));
    }

    /** Any signed-in user, even one who still has to replace a one-time password. */
    public Handler signedInMayChangePassword(ApiHandler handler) {
        return (req, res) -> handler.handle(new Call(req, res, authenticator.authenticate(req)));
    }

    /** The permission over the whole organization in the path. */
    public Handler org(Permission permission, ApiHandler handler) {
        return signedIn(call -> {
            authorizer.require(call.caller(), call.orgId(), permission, null);
            handler.handle(call);
        });
    }

    /**
     * The permission over the whole organization, for an action on the account in the path ({userId}): the
     * caller must also hold everything that account holds (see {@link Authorizer#requireCovers}).
     */
    public Handler account(Permission permission, ApiHandler handler) {
        return org(permission, call -> {
            authorizer.requireCovers(call.caller(), call.orgId(), call.pathId("userId"), null);
            handler.handle(call);
        });
    }

    /** The permission over the spot in the path ({spotId}), or over the whole organization. */
    public Handler spot(Permission permission, ApiHandler handler) {
        return signedIn(call -> {
            authorizer.require(call.caller(), call.orgId(), permission, call.pathId("spotId"));
            handler.handle(call);
        });
    }

    /**
     * A member of the organization in the path; the handler asks the authorizer itself, because the scope
     * comes from the body (a grant's spot) or narrows a list to the caller's reach.
     */
    public Handler member(ApiHandler handler) {
        return signedIn(call -> {
            authorizer.requireMember(call.caller(), call.orgId());
            handler.handle(call);
        });
    }

    private static Caller requirePasswordInOrder(Caller caller) {
        if (caller.mustChangePassword()) {
            throw ApiException.forbidden(ErrorCodes.PASSWORD_CHANGE_REQUIRED,
                    "Change your one-time password before doing anything else.");
        }
        return caller;
    }
}
