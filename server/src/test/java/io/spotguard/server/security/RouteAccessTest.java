package io.spotguard.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every route says what it needs where it is registered, and authorization costs no extra transactions. */
class RouteAccessTest {
    private final TestServer server = TestServer.get();
    private final HttpsClient http = server.http();

    @Test
    void everyRouteIsListedWithWhatItNeeds() {
        List<String> listed = server.app().routes().stream()
                .map(route -> route.method().text() + " " + route.path() + " -> " + route.access())
                .sorted().toList();

        assertThat(listed).isEqualTo(List.of(
                "DELETE /api/v1/orgs/{orgId}/role-mappings/{mappingId} -> users.grant over the scope the request names",
                "DELETE /api/v1/orgs/{orgId}/roles/{roleId} -> roles.manage over the organization",
                "DELETE /api/v1/orgs/{orgId}/spots/{spotId} -> spots.manage over the organization",
                "GET /api/v1/me -> signed in (one-time password allowed)",
                "GET /api/v1/orgs/{orgId}/audit-events -> audit.read over the organization",
                "GET /api/v1/orgs/{orgId}/role-mappings -> users.read anywhere (answer narrowed to where)",
                "GET /api/v1/orgs/{orgId}/roles -> roles.read anywhere (answer narrowed to where)",
                "GET /api/v1/orgs/{orgId}/spots -> spots.read anywhere (answer narrowed to where)",
                "GET /api/v1/orgs/{orgId}/users -> users.read anywhere (answer narrowed to where)",
                "GET /api/v1/orgs/{orgId}/users/{userId} -> users.read anywhere (answer narrowed to where)",
                "GET /api/v1/spots -> signed in",
                "GET /health/live -> public",
                "GET /health/ready -> public",
                "PATCH /api/v1/orgs/{orgId}/spots/{spotId} -> spots.manage over the spot",
                "PATCH /api/v1/orgs/{orgId}/users/{userId} -> users.manage over the organization, on an account the caller covers",
                "POST /api/v1/auth/login -> public",
                "POST /api/v1/auth/logout -> signed in (one-time password allowed)",
                "POST /api/v1/auth/logout-all -> signed in (one-time password allowed)",
                "POST /api/v1/auth/password -> signed in (one-time password allowed)",
                "POST /api/v1/auth/refresh -> public",
                "POST /api/v1/orgs/{orgId}/role-mappings -> users.grant over the scope the request names",
                "POST /api/v1/orgs/{orgId}/roles -> roles.manage over the scope the request names",
                "POST /api/v1/orgs/{orgId}/spots -> spots.manage over the organization",
                "POST /api/v1/orgs/{orgId}/users -> users.manage over the organization",
                "POST /api/v1/orgs/{orgId}/users/{userId}/disable -> users.manage over the organization, on an account the caller covers",
                "POST /api/v1/orgs/{orgId}/users/{userId}/enable -> users.manage over the organization, on an account the caller covers",
                "POST /api/v1/orgs/{orgId}/users/{userId}/reset-password -> users.manage over the organization, on an account the caller covers",
                "POST /api/v1/orgs/{orgId}/users/{userId}/revoke-sessions -> users.manage over the organization, on an account the caller covers",
                "PUT /api/v1/orgs/{orgId}/roles/{roleId} -> roles.manage over the scope the request names"));
    }

    @Test
    void aRoleGrantInASpotTakesAtMostThreeTransactions() {
        Tenant tenant = server.newTenant();
        Spot spot = tenant.spot("Counted");
        String userId = tenant.account(null, null).id();
        String member = Arrays.stream(http.get(tenant.path("/roles"), tenant.owner().token()).as(Role[].class))
                .filter(role -> role.name().equals("MEMBER")).findFirst().orElseThrow().id();
        long before = server.app().database().transactionsBegun();

        var granted = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(userId, member, spot.id()));

        long used = server.app().database().transactionsBegun() - before;
        assertThat(granted.status()).isEqualTo(201);
        assertThat(used).as("transactions for one grant, token check included").isBetween(1L, 3L);
    }
}
