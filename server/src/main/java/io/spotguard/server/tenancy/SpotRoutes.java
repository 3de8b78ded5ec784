package io.spotguard.server.tenancy;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.server.http.Json;
import io.spotguard.server.security.Authorizer;
import io.spotguard.server.security.Reach;
import io.spotguard.server.security.RouteGuard;

/**
 * Spots of an organization. Creating and deleting needs spots.manage over the organization; renaming over the
 * spot; the list shows each caller the spots they hold spots.read for.
 */
public final class SpotRoutes implements HttpService {
    private static final String SPOTS = ApiPaths.spots("{orgId}");
    private static final String SPOT = ApiPaths.spot("{orgId}", "{spotId}");
    private final SpotService spots;
    private final RouteGuard guard;
    private final Authorizer authorizer;
    private final Json json;

    public SpotRoutes(SpotService spots, RouteGuard guard, Authorizer authorizer, Json json) {
        this.spots = spots;
        this.guard = guard;
        this.authorizer = authorizer;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(SPOTS, guard.member(call -> {
                    Reach reach = authorizer.reach(call.caller(), call.orgId(), Permission.SPOTS_READ);
                    Json.ok(call.res(), spots.list(call.orgId(), reach.wholeOrganization() ? null : reach.spotIds()));
                }))
                .post(SPOTS, guard.org(Permission.SPOTS_MANAGE, call ->
                        Json.created(call.res(), spots.create(call.caller(), call.orgId(),
                                json.read(call.req(), SpotRequest.class)))))
                .patch(SPOT, guard.spot(Permission.SPOTS_MANAGE, call ->
                        Json.ok(call.res(), spots.rename(call.caller(), call.orgId(), call.pathId("spotId"),
                                json.read(call.req(), SpotRequest.class)))))
                .delete(SPOT, guard.org(Permission.SPOTS_MANAGE, call -> {
                    spots.delete(call.caller(), call.orgId(), call.pathId("spotId"));
                    Json.noContent(call.res());
                }));
    }
}
