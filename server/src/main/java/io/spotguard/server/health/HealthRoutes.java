package io.spotguard.server.health;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.spotguard.model.ApiPaths;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Json;
import java.util.Map;

/** Liveness (the process answers) and readiness (the database answers too), for load balancers and Nagios. */
public final class HealthRoutes implements HttpService {
    private static final Map<String, String> UP = Map.of("status", "UP");
    private final Database database;

    public HealthRoutes(Database database) {
        this.database = database;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(ApiPaths.HEALTH_LIVE, (req, res) -> Json.ok(res, UP))
                .get(ApiPaths.HEALTH_READY, (req, res) -> {
                    boolean ready = database.isReachable();
                    Json.send(res, ready ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503,
                            Map.of("status", ready ? "UP" : "DOWN", "checks", Map.of("database", ready ? "UP" : "DOWN")));
                });
    }
}
