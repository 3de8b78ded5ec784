package io.spotguard.server.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.Page;
import io.spotguard.model.Problem;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.rbac.RoleRequest;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.OrgState;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing of one organization is reachable from another, and an admin of one spot reaches nothing of another
 * spot: every admin route is tried against the other side's ids.
 */
class TenantIsolationTest {
    private static final TestServer server = TestServer.get();
    private static final TypeReference<Page<User>> USER_PAGE = new TypeReference<>() {
    };
    private static final TypeReference<List<Spot>> SPOTS = new TypeReference<>() {
    };
    private static final TypeReference<List<RoleMapping>> MAPPINGS = new TypeReference<>() {
    };
    private final HttpsClient http = server.http();

    /** An organization with one of everything: a spot, a signed-in member of it, a custom role and a grant. */
    record Victim(Tenant tenant, Spot spot, Tenant.Member member, Role customRole, RoleMapping memberGrant) {
        static Victim create(TestServer server) {
            Tenant tenant = server.newTenant();
            Spot spot = tenant.spot("Secret spot " + tenant.org().slug());
            Tenant.Member member = tenant.member("MEMBER", spot.id());
            HttpsClient http = server.http();
            Role role = http.post(tenant.path("/roles"), tenant.owner().token(),
                    new RoleRequest("Secret role", Set.of(Permission.SPOTS_READ))).as(Role.class);
            RoleMapping grant = http.get(tenant.path("/role-mappings?userId=" + member.id()), tenant.owner().token())
                    .as(MAPPINGS).getFirst();
            return new Victim(tenant, spot, member, role, grant);
        }

        /** Every id, email and name of the organization that must never reach an outsider. */
        List<String> secrets() {
            return List.of(tenant.id(), tenant.org().slug(), tenant.org().name(), tenant.owner().id(),
                    tenant.owner().email(), spot.id(), spot.name(), member.id(), member.email(),
                    member.user().displayName(), customRole.id(), customRole.name(), memberGrant.id());
        }
    }

    record Request(String method, String path, Object body) {
        HttpsClient.Response send(HttpsClient http, String token) {
            return switch (method) {
                case "GET" -> http.get(path, token);
                case "DELETE" -> http.delete(path, token);
                default -> body == null ? http.send(method, path, token, null, null, java.util.Map.of())
                        : http.sendJson(method, path, token, body);
            };
        }
    }

    record RouteCase(String name, Function<Victim, Request> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<RouteCase> everyAdminRouteOfTheVictimOrganization() {
        return Stream.of(
                new RouteCase("list spots", v -> new Request("GET", ApiPaths.spots(v.tenant.id()), null)),
                new RouteCase("create spot", v -> new Request("POST", ApiPaths.spots(v.tenant.id()),
                        new SpotRequest("Intruder spot"))),
                new RouteCase("rename spot", v -> new Request("PATCH", ApiPaths.spot(v.tenant.id(), v.spot.id()),
                        new SpotRequest("Renamed by intruder"))),
                new RouteCase("delete spot", v -> new Request("DELETE", ApiPaths.spot(v.tenant.id(), v.spot.id()), null)),
                new RouteCase("list users", v -> new Request("GET", ApiPaths.users(v.tenant.id()), null)),
                new RouteCase("get user", v -> new Request("GET", ApiPaths.user(v.tenant.id(), v.member.id()), null)),
                new RouteCase("create user", v -> new Request("POST", ApiPaths.users(v.tenant.id()),
                        new CreateUserRequest("intruder@example.com", "Intruder"))),
                new RouteCase("update user", v -> new Request("PATCH", ApiPaths.user(v.tenant.id(), v.member.id()),
                        new UpdateUserRequest("intruder@example.com", "Hijacked"))),
                new RouteCase("disable user", v -> new Request("POST",
                        ApiPaths.userAction(v.tenant.id(), v.member.id(), ApiPaths.UserActions.DISABLE), null)),
                new RouteCase("enable user", v -> new Request("POST",
                        ApiPaths.userAction(v.tenant.id(), v.member.id(), ApiPaths.UserActions.ENABLE), null)),
                new RouteCase("reset password", v -> new Request("POST",
                        ApiPaths.userAction(v.tenant.id(), v.member.id(), ApiPaths.UserActions.RESET_PASSWORD), null)),
                new RouteCase("revoke sessions", v -> new Request("POST",
                        ApiPaths.userAction(v.tenant.id(), v.member.id(), ApiPaths.UserActions.REVOKE_SESSIONS), null)),
                new RouteCase("list roles", v -> new Request("GET", ApiPaths.roles(v.tenant.id()), null)),
                new RouteCase("create role", v -> new Request("POST", ApiPaths.roles(v.tenant.id()),
                        new RoleRequest("Intruder role", Set.of(Permission.SPOTS_READ)))),
                new RouteCase("update role", v -> new Request("PUT", ApiPaths.role(v.tenant.id(), v.customRole.id()),
                        new RoleRequest("Hijacked role", Set.of(Permission.AUDIT_READ)))),
                new RouteCase("delete role", v -> new Request("DELETE", ApiPaths.role(v.tenant.id(), v.customRole.id()), null)),
                new RouteCase("list role mappings", v -> new Request("GET", ApiPaths.roleMappings(v.tenant.id()), null)),
                new RouteCase("grant role", v -> new Request("POST", ApiPaths.roleMappings(v.tenant.id()),
                        new GrantRequest(v.member.id(), v.customRole.id(), null))),
                new RouteCase("revoke grant", v -> new Request("DELETE",
                        ApiPaths.roleMapping(v.tenant.id(), v.memberGrant.id()), null)),
                new RouteCase("list audit events", v -> new Request("GET", ApiPaths.auditEvents(v.tenant.id()), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAdminRouteOfTheVictimOrganization")
    void ownerOfAnotherOrganizationGets404AndNoDataAndChangesNothing(RouteCase route) {
        Victim victim = Victim.create(server);
        Tenant intruder = server.newTenant();
        OrgState before = OrgState.of(http, victim.tenant());

        var response = route.request().apply(victim).send(http, intruder.owner().token());

        assertNotFoundWithoutData(response, victim);
        assertThat(OrgState.of(http, victim.tenant())).isEqualTo(before);
        assertVictimMemberUntouched(victim);
    }

    /** The same routes under the intruder's own organization, naming the victim's object ids. */
    static Stream<RouteCase> victimObjectsUnderTheIntrudersOwnOrganization() {
        return Stream.of(
                new RouteCase("rename spot", v -> new Request("PATCH", "{org}/spots/" + v.spot.id(),
                        new SpotRequest("Renamed by intruder"))),
                new RouteCase("delete spot", v -> new Request("DELETE", "{org}/spots/" + v.spot.id(), null)),
                new RouteCase("get user", v -> new Request("GET", "{org}/users/" + v.member.id(), null)),
                new RouteCase("update user", v -> new Request("PATCH", "{org}/users/" + v.member.id(),
                        new UpdateUserRequest(null, "Hijacked"))),
                new RouteCase("disable user", v -> new Request("POST", "{org}/users/" + v.member.id() + "/disable", null)),
                new RouteCase("enable user", v -> new Request("POST", "{org}/users/" + v.member.id() + "/enable", null)),
                new RouteCase("reset password", v -> new Request("POST",
                        "{org}/users/" + v.member.id() + "/reset-password", null)),
                new RouteCase("revoke sessions", v -> new Request("POST",
                        "{org}/users/" + v.member.id() + "/revoke-sessions", null)),
                new RouteCase("update role", v -> new Request("PUT", "{org}/roles/" + v.customRole.id(),
                        new RoleRequest("Hijacked role", Set.of(Permission.AUDIT_READ)))),
                new RouteCase("delete role", v -> new Request("DELETE", "{org}/roles/" + v.customRole.id(), null)),
                new RouteCase("revoke grant", v -> new Request("DELETE", "{org}/role-mappings/" + v.memberGrant.id(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("victimObjectsUnderTheIntrudersOwnOrganization")
    void ownerOfAnotherOrganizationCannotReachItsObjectsThroughTheirOwnOrganizationPath(RouteCase route) {
        Victim victim = Victim.create(server);
        Tenant intruder = server.newTenant();
        OrgState before = OrgState.of(http, victim.tenant());
        Request request = route.request().apply(victim);
        Request underIntruder = new Request(request.method(),
                request.path().replace("{org}", ApiPaths.org(intruder.id())), request.body());

        var response = underIntruder.send(http, intruder.owner().token());

        assertNotFoundWithoutData(response, victim);
        assertThat(OrgState.of(http, victim.tenant())).isEqualTo(before);
        assertVictimMemberUntouched(victim);
    }

    @Test
    void ownerOfAnotherOrganizationCannotGrantTheVictimsRoleOrUserInTheirOwnOrganization() {
        Victim victim = Victim.create(server);
        Tenant intruder = server.newTenant();
        OrgState before = OrgState.of(http, victim.tenant());

        var foreignRole = http.post(ApiPaths.roleMappings(intruder.id()), intruder.owner().token(),
                new GrantRequest(intruder.owner().id(), victim.customRole().id(), null));
        String intruderAuditorRole = roleId(intruder, "AUDITOR");
        var foreignUser = http.post(ApiPaths.roleMappings(intruder.id()), intruder.owner().token(),
                new GrantRequest(victim.member().id(), intruderAuditorRole, null));

        assertThat(foreignRole.status()).isEqualTo(400);
        assertThat(foreignRole.json().at("/errors/0/field").asText()).isEqualTo("roleId");
        assertThat(foreignUser.status()).isEqualTo(400);
        assertThat(foreignUser.json().at("/errors/0/field").asText()).isEqualTo("userId");
        for (var response : List.of(foreignRole, foreignUser)) {
            assertThat(response.body()).doesNotContain(victim.secrets());
        }
        assertThat(OrgState.of(http, victim.tenant())).isEqualTo(before);
    }

    @Test
    void ownerOfAnotherOrganizationListingTheirOwnGrantsByTheVictimsIdsSeesNothing() {
        Victim victim = Victim.create(server);
        Tenant intruder = server.newTenant();

        var byUser = http.get(ApiPaths.roleMappings(intruder.id()) + "?userId=" + victim.member().id(),
                intruder.owner().token());
        var bySpot = http.get(ApiPaths.roleMappings(intruder.id()) + "?spotId=" + victim.spot().id(),
                intruder.owner().token());

        assertThat(byUser.status()).isEqualTo(200);
        assertThat(byUser.as(MAPPINGS)).isEmpty();
        assertThat(bySpot.status()).isEqualTo(200);
        assertThat(bySpot.as(MAPPINGS)).isEmpty();
    }

    // ---- spot admins: one spot's admin reaches nothing of another spot of the same organization ----

    /** One organization with spots A and B, a member in each, and an admin of spot B only. */
    record TwoSpots(Tenant tenant, Spot spotA, Spot spotB, Tenant.Member adminOfB, User memberOfA, User memberOfB,
                    RoleMapping grantInA, String memberRoleId) {
        static TwoSpots create(TestServer server) {
            Tenant tenant = server.newTenant();
            Spot spotA = tenant.spot("Spot A");
            Spot spotB = tenant.spot("Spot B");
            Tenant.Member adminOfB = tenant.member("SPOT_ADMIN", spotB.id());
            User memberOfA = tenant.account("MEMBER", spotA.id());
            User memberOfB = tenant.account("MEMBER", spotB.id());
            RoleMapping grantInA = server.http().get(tenant.path("/role-mappings?userId=" + memberOfA.id()),
                    tenant.owner().token()).as(MAPPINGS).getFirst();
            return new TwoSpots(tenant, spotA, spotB, adminOfB, memberOfA, memberOfB, grantInA,
                    roleId(tenant, "MEMBER"));
        }

        List<String> secretsOfSpotA() {
            return List.of(spotA.id(), spotA.name(), memberOfA.id(), memberOfA.email(), memberOfA.displayName(),
                    grantInA.id());
        }
    }

    record SpotCase(String name, Function<TwoSpots, Request> request, Set<Integer> refusals) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<SpotCase> whatAnAdminOfSpotBMustNotDo() {
        Set<Integer> forbidden = Set.of(403);
        return Stream.of(
                new SpotCase("rename spot A", s -> new Request("PATCH", ApiPaths.spot(s.tenant.id(), s.spotA.id()),
                        new SpotRequest("Taken over")), forbidden),
                new SpotCase("delete spot A", s -> new Request("DELETE", ApiPaths.spot(s.tenant.id(), s.spotA.id()), null),
                        forbidden),
                new SpotCase("delete own spot B", s -> new Request("DELETE", ApiPaths.spot(s.tenant.id(), s.spotB.id()), null),
                        forbidden),
                new SpotCase("create spot", s -> new Request("POST", ApiPaths.spots(s.tenant.id()),
                        new SpotRequest("Spot C")), forbidden),
                new SpotCase("grant in spot A", s -> new Request("POST", ApiPaths.roleMappings(s.tenant.id()),
                        new GrantRequest(s.memberOfB.id(), s.memberRoleId, s.spotA.id())), forbidden),
                new SpotCase("grant organization-wide", s -> new Request("POST", ApiPaths.roleMappings(s.tenant.id()),
                        new GrantRequest(s.memberOfB.id(), s.memberRoleId, null)), forbidden),
                new SpotCase("revoke a spot-A grant", s -> new Request("DELETE",
                        ApiPaths.roleMapping(s.tenant.id(), s.grantInA.id()), null), Set.of(403, 404)),
                new SpotCase("get a spot-A user", s -> new Request("GET", ApiPaths.user(s.tenant.id(), s.memberOfA.id()),
                        null), Set.of(404)),
                new SpotCase("create user", s -> new Request("POST", ApiPaths.users(s.tenant.id()),
                        new CreateUserRequest("new@example.com", "New")), forbidden),
                new SpotCase("update a spot-A user", s -> new Request("PATCH", ApiPaths.user(s.tenant.id(), s.memberOfA.id()),
                        new UpdateUserRequest(null, "Renamed")), forbidden),
                new SpotCase("disable a spot-A user", s -> new Request("POST",
                        ApiPaths.userAction(s.tenant.id(), s.memberOfA.id(), ApiPaths.UserActions.DISABLE), null), forbidden),
                new SpotCase("reset a spot-A user's password", s -> new Request("POST",
                        ApiPaths.userAction(s.tenant.id(), s.memberOfA.id(), ApiPaths.UserActions.RESET_PASSWORD), null),
                        forbidden),
                new SpotCase("create role", s -> new Request("POST", ApiPaths.roles(s.tenant.id()),
                        new RoleRequest("Spot role", Set.of(Permission.SPOTS_READ))), forbidden),
                new SpotCase("read audit log", s -> new Request("GET", ApiPaths.auditEvents(s.tenant.id()), null),
                        forbidden));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatAnAdminOfSpotBMustNotDo")
    void adminOfSpotBIsRefusedOnSpotAAndOrganizationWideActions(SpotCase route) {
        TwoSpots org = TwoSpots.create(server);
        OrgState before = OrgState.of(http, org.tenant()).withoutAudit();

        var response = route.request().apply(org).send(http, org.adminOfB().token());

        assertThat(response.status()).as(response.toString()).isIn(route.refusals());
        assertThat(response.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.code()).isEqualTo(response.status() == 404 ? ErrorCodes.NOT_FOUND : ErrorCodes.FORBIDDEN);
        assertThat(response.body()).doesNotContain(org.secretsOfSpotA());
        assertThat(OrgState.of(http, org.tenant()).withoutAudit()).isEqualTo(before);
    }

    @Test
    void adminOfSpotBListsOnlyUsersOfSpotB() {
        TwoSpots org = TwoSpots.create(server);

        var response = http.get(ApiPaths.users(org.tenant().id()), org.adminOfB().token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.as(USER_PAGE).items()).extracting(User::id)
                .containsExactlyInAnyOrder(org.adminOfB().id(), org.memberOfB().id());
        assertThat(response.body()).doesNotContain(org.secretsOfSpotA()).doesNotContain(org.tenant().owner().email());
    }

    @Test
    void adminOfSpotBListsOnlySpotB() {
        TwoSpots org = TwoSpots.create(server);

        var response = http.get(ApiPaths.spots(org.tenant().id()), org.adminOfB().token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.as(SPOTS)).isEqualTo(List.of(org.spotB()));
    }

    @Test
    void adminOfSpotBListsOnlyTheGrantsOfSpotB() {
        TwoSpots org = TwoSpots.create(server);

        var all = http.get(ApiPaths.roleMappings(org.tenant().id()), org.adminOfB().token());
        var askedForSpotA = http.get(ApiPaths.roleMappings(org.tenant().id()) + "?spotId=" + org.spotA().id(),
                org.adminOfB().token());
        var askedForMemberOfA = http.get(ApiPaths.roleMappings(org.tenant().id()) + "?userId=" + org.memberOfA().id(),
                org.adminOfB().token());

        assertThat(all.status()).isEqualTo(200);
        List<RoleMapping> visible = all.as(MAPPINGS);
        assertThat(visible).extracting(RoleMapping::userId)
                .containsExactlyInAnyOrder(org.adminOfB().id(), org.memberOfB().id());
        assertThat(visible).extracting(RoleMapping::spotId).containsOnly(org.spotB().id());
        assertThat(all.body()).doesNotContain(org.secretsOfSpotA()).doesNotContain(org.tenant().owner().email());
        assertThat(askedForSpotA.as(MAPPINGS)).isEmpty();
        assertThat(askedForMemberOfA.as(MAPPINGS)).isEmpty();
    }

    private static void assertNotFoundWithoutData(HttpsClient.Response response, Victim victim) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.code()).isEqualTo(ErrorCodes.NOT_FOUND);
        assertThat(response.body()).doesNotContain(victim.secrets());
    }

    /** The victim's member still signs in with the same password and their session still stands. */
    private void assertVictimMemberUntouched(Victim victim) {
        var me = http.get(ApiPaths.ME, victim.member().token());
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().at("/user/displayName").asText()).isEqualTo(victim.member().user().displayName());
        assertThat(http.login(victim.member().email(), victim.member().password(), "check").status()).isEqualTo(200);
    }

    static String roleId(Tenant tenant, String name) {
        return server.http().get(tenant.path("/roles"), tenant.owner().token()).as(new TypeReference<List<Role>>() {
        }).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }
}
