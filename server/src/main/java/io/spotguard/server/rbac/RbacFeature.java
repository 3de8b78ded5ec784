package io.spotguard.server.rbac;

import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Json;
import io.spotguard.server.security.Authorizer;
import io.spotguard.server.security.PermissionSource;
import io.spotguard.server.security.Permissions;
import io.spotguard.server.security.RouteGuard;
import io.spotguard.server.tenancy.SpotDirectory;
import io.spotguard.server.users.Accounts;

/**
 * Wires roles and grants. It holds the ACL that authorization reads ({@link #permissions()}), and its own
 * services are authorized like every other feature's, so the authorizer comes in after it is built.
 */
public final class RbacFeature {
    private final Database database;
    private final RbacRepository repository = new RbacRepository();
    private final SpotDirectory spots;
    private final Accounts accounts;
    private final AuditLog audit;

    public RbacFeature(Database database, SpotDirectory spots, Accounts accounts, AuditLog audit) {
        this.database = database;
        this.spots = spots;
        this.accounts = accounts;
        this.audit = audit;
    }

    public PermissionSource permissions() {
        return (h, orgId, userId) -> new Permissions(repository.holdings(h, orgId, userId));
    }

    /** Roles and grants; build once. */
    public RoleService roles(Authorizer authorizer) {
        return new RoleService(database, repository, authorizer, accounts, spots, audit);
    }

    public RoleRoutes routes(RoleService roles, RouteGuard guard, Authorizer authorizer, Json json) {
        return new RoleRoutes(roles, guard, authorizer, json);
    }
}
