package io.spotguard.server.rbac;

import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Json;
import io.spotguard.server.security.PermissionSource;
import io.spotguard.server.security.Permissions;
import io.spotguard.server.tenancy.SpotDirectory;
import io.spotguard.server.users.Accounts;

/**
 * Wires roles and grants. It holds the ACL that authorization reads ({@link #permissions()}).
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
    public RoleService roles() {
        return new RoleService(database, repository, accounts, spots, audit);
    }

    public RoleRoutes routes(RoleService roles, Json json) {
        return new RoleRoutes(roles, json);
    }
}
