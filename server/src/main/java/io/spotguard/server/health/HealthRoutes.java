package io.spotguard.server.health;

import io.helidon.http.Status;
import io.spotguard.model.ApiPaths;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Json;
import io.spotguard.server.security.Access;
import io.spotguard.server.security.SecuredRoutes;
import io.spotguard.server.security.SecuredService;
import java.util.Map;

/** Liveness (the process answers) and readiness (the database answers too), for load balancers and Nagios. */
public final class HealthRoutes implements SecuredService {
    private static final Map<String, String> UP = Map.of("status", "UP");
    private final Database database;

    public HealthRoutes(Database database) {
        this.database = database;
    }

    @Override
    public void routing(SecuredRoutes routes) {
        routes.get(ApiPaths.HEALTH_LIVE, Access.everyone(), call -> Json.ok(call.res(), UP))
                .get(ApiPaths.HEALTH_READY, Access.everyone(), call -> {
                    boolean ready = database.isReachable();
                    Json.send(call.res(), ready ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503,
                            Map.of("status", ready ? "UP" : "DOWN", "checks", Map.of("database", ready ? "UP" : "DOWN")));
                });
    }
}
