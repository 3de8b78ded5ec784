package io.spotguard.server.me;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.me.Me;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Caller;
import io.spotguard.server.http.Json;
import io.spotguard.server.rbac.RoleService;
import io.spotguard.server.security.Access;
import io.spotguard.server.security.Permissions;
import io.spotguard.server.security.SecuredRoutes;
import io.spotguard.server.security.SecuredService;
import io.spotguard.server.tenancy.SpotDirectory;
import io.spotguard.server.users.Accounts;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The end-user API: who am I, what may I do, and which spots can I reach (drawing on users, grants, spots). */
public final class MeRoutes implements SecuredService {
    private final Database database;
    private final Accounts users;
    private final SpotDirectory tenancy;
    private final RoleService roles;

    public MeRoutes(Database database, Accounts users, SpotDirectory tenancy, RoleService roles) {
        this.database = database;
        this.users = users;
        this.tenancy = tenancy;
        this.roles = roles;
    }

    @Override
    public void routing(SecuredRoutes routes) {
        routes.get(ApiPaths.ME, Access.signedInAnyPassword(), call -> Json.ok(call.res(), me(call.caller())))
                .get(ApiPaths.MY_SPOTS, Access.signedIn(), call -> Json.ok(call.res(), spots(call.caller())));
    }

    /** One transaction for the whole answer: this is the most frequent authenticated call. */
    private Me me(Caller caller) {
        Permissions permissions = Permissions.of(caller);
        return database.inTransaction(h -> {
            var user = users.user(h, caller.orgId(), caller.userId()).orElseThrow();
            return new Me(user, tenancy.organization(h, caller.orgId()).orElseThrow(),
                    roles.grantsOf(h, user), spots(h, caller.orgId(), permissions),
                    permissions.organization(), permissions.spots());
        });
    }

    private List<Spot> spots(Caller caller) {
        return database.inTransaction(h -> spots(h, caller.orgId(), Permissions.of(caller)));
    }

    private List<Spot> spots(Handle h, String orgId, Permissions permissions) {
        return permissions.reach(Permission.SPOTS_READ)
                .map(reach -> tenancy.spots(h, orgId, reach.wholeOrganization() ? null : reach.spotIds()))
                .orElse(List.of());
    }
}
