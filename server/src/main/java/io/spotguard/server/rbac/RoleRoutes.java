package io.spotguard.server.rbac;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.RoleRequest;
import io.spotguard.server.http.Json;
import io.spotguard.server.http.QueryParams;
import io.spotguard.server.security.Access;
import io.spotguard.server.security.SecuredRoutes;
import io.spotguard.server.security.SecuredService;

/**
 * Roles and role mappings (grants) of an organization. Defining a role and granting one name their scope and
 * the permissions they hand out in the request, so the service completes those checks (nobody hands out more
 * than they hold, nor grants to someone who holds more).
 */
public final class RoleRoutes implements SecuredService {
    private static final String ROLES = ApiPaths.roles("{orgId}");
    private static final String ROLE = ApiPaths.role("{orgId}", "{roleId}");
    private static final String MAPPINGS = ApiPaths.roleMappings("{orgId}");
    private static final String MAPPING = ApiPaths.roleMapping("{orgId}", "{mappingId}");
    private static final Access DEFINE = Access.scopeInRequest(Permission.ROLES_MANAGE);
    private static final Access GRANT = Access.scopeInRequest(Permission.USERS_GRANT);
    private final RoleService roles;
    private final Json json;

    RoleRoutes(RoleService roles, Json json) {
        this.roles = roles;
        this.json = json;
    }

    @Override
    public void routing(SecuredRoutes routes) {
        routes.get(ROLES, Access.anywhere(Permission.ROLES_READ), call -> Json.ok(call.res(), roles.roles(call.orgId())))
                .post(ROLES, DEFINE, call -> Json.created(call.res(),
                        roles.createRole(call.scoped(), json.read(call.req(), RoleRequest.class))))
                .put(ROLE, DEFINE, call -> Json.ok(call.res(),
                        roles.updateRole(call.scoped(), call.pathId("roleId"), json.read(call.req(), RoleRequest.class))))
                .delete(ROLE, Access.organization(Permission.ROLES_MANAGE), call -> {
                    roles.deleteRole(call.caller(), call.orgId(), call.pathId("roleId"));
                    Json.noContent(call.res());
                })
                .get(MAPPINGS, Access.anywhere(Permission.USERS_READ), call -> {
                    QueryParams params = QueryParams.of(call.req());
                    String userId = params.id("userId").orElse(null);
                    String spotId = params.id("spotId").orElse(null);
                    params.valid();
                    Json.ok(call.res(), roles.mappings(call.orgId(), userId, spotId, call.reach()));
                })
                .post(MAPPINGS, GRANT, call -> Json.created(call.res(),
                        roles.grant(call.scoped(), json.read(call.req(), GrantRequest.class))))
                .delete(MAPPING, GRANT, call -> {
                    roles.revoke(call.scoped(), call.pathId("mappingId"));
                    Json.noContent(call.res());
                });
    }
}
