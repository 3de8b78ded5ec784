package io.spotguard.server.rbac;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.RoleRequest;
import io.spotguard.server.http.Json;
import io.spotguard.server.http.QueryParams;
import io.spotguard.server.security.Authorizer;
import io.spotguard.server.security.Reach;
import io.spotguard.server.security.RouteGuard;

/** Roles and role mappings (grants) of an organization. */
public final class RoleRoutes implements HttpService {
    private static final String ROLES = ApiPaths.roles("{orgId}");
    private static final String ROLE = ApiPaths.role("{orgId}", "{roleId}");
    private static final String MAPPINGS = ApiPaths.roleMappings("{orgId}");
    private static final String MAPPING = ApiPaths.roleMapping("{orgId}", "{mappingId}");
    private final RoleService roles;
    private final RouteGuard guard;
    private final Authorizer authorizer;
    private final Json json;

    public RoleRoutes(RoleService roles, RouteGuard guard, Authorizer authorizer, Json json) {
        this.roles = roles;
        this.guard = guard;
        this.authorizer = authorizer;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(ROLES, guard.member(call -> {
                    authorizer.reach(call.caller(), call.orgId(), Permission.ROLES_READ);
                    Json.ok(call.res(), roles.roles(call.orgId()));
                }))
                .post(ROLES, guard.org(Permission.ROLES_MANAGE, call ->
                        Json.created(call.res(), roles.createRole(call.caller(), call.orgId(),
                                json.read(call.req(), RoleRequest.class)))))
                .put(ROLE, guard.org(Permission.ROLES_MANAGE, call ->
                        Json.ok(call.res(), roles.updateRole(call.caller(), call.orgId(), call.pathId("roleId"),
                                json.read(call.req(), RoleRequest.class)))))
                .delete(ROLE, guard.org(Permission.ROLES_MANAGE, call -> {
                    roles.deleteRole(call.caller(), call.orgId(), call.pathId("roleId"));
                    Json.noContent(call.res());
                }))
                .get(MAPPINGS, guard.member(call -> {
                    Reach reach = authorizer.reach(call.caller(), call.orgId(), Permission.USERS_READ);
                    QueryParams params = QueryParams.of(call);
                    String userId = params.id("userId").orElse(null);
                    String spotId = params.id("spotId").orElse(null);
                    params.valid();
                    Json.ok(call.res(), roles.mappings(call.orgId(), userId, spotId, reach));
                }))
                .post(MAPPINGS, guard.member(call ->
                        Json.created(call.res(), roles.grant(call.caller(), call.orgId(),
                                json.read(call.req(), GrantRequest.class)))))
                .delete(MAPPING, guard.member(call -> {
                    roles.revoke(call.caller(), call.orgId(), call.pathId("mappingId"));
                    Json.noContent(call.res());
                }));
    }
}
