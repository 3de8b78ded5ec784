package io.spotguard.server.users;

import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.auth.PasswordHasher;
import io.spotguard.server.auth.Sessions;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Json;
import io.spotguard.server.rbac.Authorizer;
import io.spotguard.server.rbac.RoleService;
import io.spotguard.server.rbac.RouteGuard;
import io.spotguard.server.tenancy.SpotDirectory;

/** Wires the users feature. Accounts exist first (sign-in needs them); the admin routes come last. */
public final class UsersFeature {
    private final Database database;
    private final UserRepository repository = new UserRepository();
    private final Accounts accounts = new Accounts(repository);

    public UsersFeature(Database database) {
        this.database = database;
    }

    public Accounts accounts() {
        return accounts;
    }

    public UserRoutes routes(PasswordHasher hasher, Sessions sessions, RoleService roles, AuditLog audit,
                             RouteGuard guard, Authorizer authorizer, Json json) {
        return new UserRoutes(new UserService(database, repository, hasher, sessions, roles, audit), guard, authorizer, json);
    }

    public MeRoutes meRoutes(SpotDirectory tenancy, RoleService roles, Authorizer authorizer, RouteGuard guard) {
        return new MeRoutes(database, repository, tenancy, roles, authorizer, guard);
    }
}
