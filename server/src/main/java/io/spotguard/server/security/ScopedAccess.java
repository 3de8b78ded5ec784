package io.spotguard.server.security;

import io.spotguard.model.rbac.Permission;
import io.spotguard.server.http.Caller;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The one way a service takes part in authorization: for a route whose scope is named by the request itself
 * (a grant's spot in the body, a grant's stored spot), the service completes the route's declared check once it
 * knows that scope — in its own transaction, so the check and the change see the same grants.
 */
public final class ScopedAccess {
    private final Authorizer authorizer;
    private final Caller caller;
    private final String orgId;
    private final Permission permission;

    ScopedAccess(Authorizer authorizer, Caller caller, String orgId, Permission permission) {
        this.authorizer = authorizer;
        this.caller = caller;
        this.orgId = orgId;
        this.permission = permission;
    }

    public Caller caller() {
        return caller;
    }

    public String orgId() {
        return orgId;
    }

    /** The route's permission over the scope the request names ({@code spotId} null: the organization). */
    public void require(Handle h, String spotId) {
        authorizer.require(h, caller, orgId, permission, spotId);
    }

    /** Nobody hands out more than they hold there. */
    public void requireHoldsAll(Set<Permission> handedOut, String spotId) {
        authorizer.requireHoldsAll(caller, handedOut, spotId);
    }

    /** The user concerned holds nothing there that the caller lacks. */
    public void requireCovers(Handle h, String targetUserId, String spotId) {
        authorizer.requireCovers(h, caller, orgId, targetUserId, spotId);
    }
}
