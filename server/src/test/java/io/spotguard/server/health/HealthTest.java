package io.spotguard.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotguard.model.ApiPaths;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Load balancers and Nagios ask without credentials. */
class HealthTest {
    private final HttpsClient http = TestServer.get().http();

    @Test
    void livenessAnswersUpWithoutAuthentication() {
        var response = http.get(ApiPaths.HEALTH_LIVE, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.as(Map.class)).isEqualTo(Map.of("status", "UP"));
    }

    @Test
    void readinessAnswersUpWithTheDatabaseUpWithoutAuthentication() {
        var response = http.get(ApiPaths.HEALTH_READY, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.as(Map.class)).isEqualTo(Map.of("status", "UP", "checks", Map.of("database", "UP")));
    }

    @Test
    void anInvalidTokenDoesNotMatterToHealthChecks() {
        assertThat(http.get(ApiPaths.HEALTH_LIVE, "not-a-token").status()).isEqualTo(200);
        assertThat(http.get(ApiPaths.HEALTH_READY, "not-a-token").status()).isEqualTo(200);
    }
}
