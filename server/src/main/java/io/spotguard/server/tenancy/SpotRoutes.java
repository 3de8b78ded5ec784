package io.spotguard.server.tenancy;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.server.http.Json;
import io.spotguard.server.security.Access;
import io.spotguard.server.security.SecuredRoutes;
import io.spotguard.server.security.SecuredService;

/**
 * Spots of an organization. Creating and deleting needs spots.manage over the organization; renaming over the
 * spot; the list shows each caller the spots they hold spots.read for.
 */
public final class SpotRoutes implements SecuredService {
    private static final String SPOTS = ApiPaths.spots("{orgId}");
    private static final String SPOT = ApiPaths.spot("{orgId}", "{spotId}");
    private final SpotService spots;
    private final Json json;

    SpotRoutes(SpotService spots, Json json) {
        this.spots = spots;
        this.json = json;
    }

    @Override
    public void routing(SecuredRoutes routes) {
        routes.get(SPOTS, Access.anywhere(Permission.SPOTS_READ), call -> Json.ok(call.res(),
                        spots.list(call.orgId(), call.reach().wholeOrganization() ? null : call.reach().spotIds())))
                .post(SPOTS, Access.organization(Permission.SPOTS_MANAGE), call -> Json.created(call.res(),
                        spots.create(call.caller(), call.orgId(), json.read(call.req(), SpotRequest.class))))
                .patch(SPOT, Access.spot(Permission.SPOTS_MANAGE), call -> Json.ok(call.res(),
                        spots.rename(call.caller(), call.orgId(), call.pathId("spotId"),
                                json.read(call.req(), SpotRequest.class))))
                .delete(SPOT, Access.organization(Permission.SPOTS_MANAGE), call -> {
                    spots.delete(call.caller(), call.orgId(), call.pathId("spotId"));
                    Json.noContent(call.res());
                });
    }
}
