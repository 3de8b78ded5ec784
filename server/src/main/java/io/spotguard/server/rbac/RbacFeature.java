package io.spotguard.server.rbac;

import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.auth.Authenticator;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Json;
import io.spotguard.server.tenancy.SpotDirectory;
import io.spotguard.server.users.Accounts;

/** Wires authorization: the one check, the route guard, roles and grants. */
public final class RbacFeature {
    private final Authorizer authorizer;
    private final RouteGuard guard;
    private final RoleService roles;

    public RbacFeature(Database database, SpotDirectory spots, Accounts accounts, Authenticator authenticator,
                       AuditLog audit) {
        RbacRepository repository = new RbacRepository();
        this.authorizer = new Authorizer(database, repository, spots, audit);
        this.guard = new RouteGuard(authenticator, authorizer);
        this.roles = new RoleService(database, repository, authorizer, accounts, spots, audit);
    }

    public Authorizer authorizer() {
        return authorizer;
    }

    public RouteGuard guard() {
        return guard;
    }

    public RoleService roles() {
        return roles;
    }

    public RoleRoutes routes(Json json) {
        return new RoleRoutes(roles, guard, authorizer, json);
    }
}
