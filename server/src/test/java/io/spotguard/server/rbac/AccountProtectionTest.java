package io.spotguard.server.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.ApiPaths.UserActions;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.audit.AuditOutcome;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.rbac.RoleRequest;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import io.spotguard.model.users.UserStatus;
import io.spotguard.server.testing.AuditTrail;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.Tenant.Member;
import io.spotguard.server.testing.TestServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nobody takes over an account that holds more than they do. Every account action and every grant is tried by
 * every built-in role against every built-in role (and with custom roles); what is refused changes nothing,
 * leaves the target's sessions alive and is audited.
 */
class AccountProtectionTest {
    private static final List<String> BUILT_IN = List.of("OWNER", "ADMIN", "SPOT_ADMIN", "AUDITOR", "MEMBER");
    /** Whose accounts each role may edit, disable, enable, reset the password of and sign out. */
    private static final Map<String, Set<String>> MAY_MANAGE = Map.of(
            "OWNER", Set.copyOf(BUILT_IN),
            "ADMIN", Set.of("ADMIN", "SPOT_ADMIN", "AUDITOR", "MEMBER"),
            "SPOT_ADMIN", Set.of(),
            "AUDITOR", Set.of(),
            "MEMBER", Set.of());
    /**
     * To whom each role (held organization-wide) may grant MEMBER over a spot, and from whom revoke it: a spot
     * admin holds neither the admin's nor the auditor's rights in that spot.
     */
    private static final Map<String, Set<String>> MAY_GRANT_IN_SPOT = Map.of(
            "OWNER", Set.copyOf(BUILT_IN),
            "ADMIN", Set.of("ADMIN", "SPOT_ADMIN", "AUDITOR", "MEMBER"),
            "SPOT_ADMIN", Set.of("SPOT_ADMIN", "MEMBER"),
            "AUDITOR", Set.of(),
            "MEMBER", Set.of());

    private final TestServer server = TestServer.get();
    private final HttpsClient http = server.http();

    enum AccountAction { EDIT_EMAIL, RESET_PASSWORD, REVOKE_SESSIONS, DISABLE, ENABLE }

    static Stream<Arguments> everyPairOfBuiltInRoles() {
        return BUILT_IN.stream().flatMap(caller -> BUILT_IN.stream().map(target -> Arguments.of(caller, target)));
    }

    @ParameterizedTest(name = "{0} on the account of {1}")
    @MethodSource("everyPairOfBuiltInRoles")
    void accountActionsAreRefusedOnAccountsThatHoldMore(String callerRole, String targetRole) {
        Tenant tenant = server.newTenant();
        Member caller = tenant.member(callerRole, null);
        Member target = tenant.member(targetRole, null);
        boolean allowed = MAY_MANAGE.get(callerRole).contains(targetRole);
        String expectedRefusal = callerHoldsUsersManage(callerRole) ? ErrorCodes.TARGET_OUTRANKS_CALLER : ErrorCodes.FORBIDDEN;

        List<String> outcomes = new ArrayList<>();
        for (AccountAction action : AccountAction.values()) {
            var response = perform(tenant, caller, target, action);
            outcomes.add(action + " " + outcome(response));
        }

        List<String> expected = Arrays.stream(AccountAction.values())
                .map(action -> action + (allowed ? (action == AccountAction.REVOKE_SESSIONS ? " 204" : " 200")
                        : " 403 " + expectedRefusal))
                .toList();
        assertThat(outcomes).isEqualTo(expected);
        if (!allowed) {
            assertUntouched(tenant, target);
        }
        if (!allowed && expectedRefusal.equals(ErrorCodes.TARGET_OUTRANKS_CALLER)) {
            assertThat(refusalsOf(tenant, caller)).hasSize(AccountAction.values().length)
                    .allSatisfy(event -> assertThat(event.targetId()).isEqualTo(target.id()));
        }
    }

    @ParameterizedTest(name = "{0} grants and revokes MEMBER in a spot for {1}")
    @MethodSource("everyPairOfBuiltInRoles")
    void spotGrantsAreRefusedForUsersWhoHoldMoreInThatSpot(String callerRole, String targetRole) {
        Tenant tenant = server.newTenant();
        Spot spot = tenant.spot("Lab");
        Member caller = tenant.member(callerRole, null);
        Member target = tenant.member(targetRole, null);
        boolean allowed = MAY_GRANT_IN_SPOT.get(callerRole).contains(targetRole);

        var byOwner = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(target.id(), roleId(tenant, "MEMBER"), spot.id())).as(RoleMapping.class);
        var revoke = http.delete(ApiPaths.roleMapping(tenant.id(), byOwner.id()), caller.token());
        var grant = http.post(tenant.path("/role-mappings"), caller.token(),
                new GrantRequest(target.id(), roleId(tenant, "MEMBER"), spot.id()));

        // An auditor or member may not grant at all; the others may, but not to a user who holds more there.
        String refusal = callerRole.equals("AUDITOR") || callerRole.equals("MEMBER")
                ? ErrorCodes.FORBIDDEN : ErrorCodes.TARGET_OUTRANKS_CALLER;
        assertThat(List.of(outcome(revoke), outcome(grant)))
                .isEqualTo(allowed ? List.of("204", "201") : List.of("403 " + refusal, "403 " + refusal));
        assertThat(grantsOf(tenant, target)).extracting(RoleMapping::roleName)
                .containsExactlyInAnyOrder(targetRole, "MEMBER");
    }

    @Test
    void aCustomRoleWithUsersManageActsOnlyOnAccountsHoldingNothingItLacks() {
        Tenant tenant = server.newTenant();
        role(tenant, "Helpdesk", Set.of(Permission.USERS_READ, Permission.USERS_MANAGE));
        role(tenant, "Reader", Set.of(Permission.USERS_READ));
        Member helpdesk = tenant.member("Helpdesk", null);

        Map<String, Integer> resets = new java.util.TreeMap<>();
        for (String targetRole : new String[] {"Helpdesk", "Reader", "MEMBER", "AUDITOR", "ADMIN"}) {
            Member target = tenant.member(targetRole, null);
            resets.put(targetRole, reset(tenant, helpdesk, target).status());
        }
        User nobody = tenant.account(null, null);
        resets.put("(no role)", http.post(ApiPaths.userAction(tenant.id(), nobody.id(), UserActions.RESET_PASSWORD),
                helpdesk.token(), null).status());

        assertThat(resets).isEqualTo(new java.util.TreeMap<>(Map.of("Helpdesk", 200, "Reader", 200, "(no role)", 200,
                "MEMBER", 403, "AUDITOR", 403, "ADMIN", 403)));
    }

    @Test
    void spotScopedRightsElsewhereDoNotProtectAnAccountFromASpotGrantHere() {
        Tenant tenant = server.newTenant();
        Spot mine = tenant.spot("Mine");
        Spot theirs = tenant.spot("Theirs");
        Member spotAdmin = tenant.member("SPOT_ADMIN", mine.id());
        Member adminOfTheOtherSpot = tenant.member("SPOT_ADMIN", theirs.id());
        Member orgAdmin = tenant.member("ADMIN", null);

        var toOtherSpotAdmin = http.post(tenant.path("/role-mappings"), spotAdmin.token(),
                new GrantRequest(adminOfTheOtherSpot.id(), roleId(tenant, "MEMBER"), mine.id()));
        var toOrgAdmin = http.post(tenant.path("/role-mappings"), spotAdmin.token(),
                new GrantRequest(orgAdmin.id(), roleId(tenant, "MEMBER"), mine.id()));

        assertThat(toOtherSpotAdmin.status()).isEqualTo(201);
        assertThat(toOrgAdmin.status()).isEqualTo(403);
        assertThat(toOrgAdmin.code()).isEqualTo(ErrorCodes.TARGET_OUTRANKS_CALLER);
        assertThat(http.get(tenant.path("/users/" + orgAdmin.id()), spotAdmin.token()).status()).isEqualTo(404);
    }

    @Test
    void anAdminCannotTakeOverTheOnlyOwnerThroughAPasswordReset() {
        Tenant tenant = server.newTenant();
        Member admin = tenant.member("ADMIN", null);
        Member owner = tenant.owner();

        var reset = reset(tenant, admin, owner);

        assertThat(reset.status()).isEqualTo(403);
        assertThat(reset.body()).doesNotContain("oneTimePassword");
        assertThat(http.login(owner.email(), owner.password(), "owner-laptop").status()).isEqualTo(200);
        assertThat(http.get(ApiPaths.ME, owner.token()).status()).isEqualTo(200);
    }

    @Test
    void theOwnerOfAnotherOrganizationIsNotFoundRatherThanProtected() {
        Tenant mine = server.newTenant();
        Tenant other = server.newTenant();
        Member admin = mine.member("ADMIN", null);

        var reset = http.post(ApiPaths.userAction(mine.id(), other.owner().id(), UserActions.RESET_PASSWORD),
                admin.token(), null);
        var grant = http.post(mine.path("/role-mappings"), admin.token(),
                new GrantRequest(other.owner().id(), roleId(mine, "MEMBER"), null));

        assertThat(reset.status()).isEqualTo(404);
        assertThat(grant.status()).isEqualTo(400);
        assertThat(http.get(ApiPaths.ME, other.owner().token()).status()).isEqualTo(200);
    }

    private HttpsClient.Response perform(Tenant tenant, Member caller, Member target, AccountAction action) {
        return switch (action) {
            case EDIT_EMAIL -> http.patch(ApiPaths.user(tenant.id(), target.id()), caller.token(),
                    new UpdateUserRequest("taken-over@" + tenant.org().slug() + ".test", null));
            case RESET_PASSWORD -> reset(tenant, caller, target);
            case REVOKE_SESSIONS -> http.post(ApiPaths.userAction(tenant.id(), target.id(), UserActions.REVOKE_SESSIONS),
                    caller.token(), null);
            case DISABLE -> http.post(ApiPaths.userAction(tenant.id(), target.id(), UserActions.DISABLE),
                    caller.token(), null);
            case ENABLE -> http.post(ApiPaths.userAction(tenant.id(), target.id(), UserActions.ENABLE),
                    caller.token(), null);
        };
    }

    private static String outcome(HttpsClient.Response response) {
        return response.status() < 300 ? String.valueOf(response.status()) : response.status() + " " + response.code();
    }

    private HttpsClient.Response reset(Tenant tenant, Member caller, Member target) {
        return http.post(ApiPaths.userAction(tenant.id(), target.id(), UserActions.RESET_PASSWORD), caller.token(), null);
    }

    /** The refused target still has its email, status, password and live session, and no change was audited. */
    private void assertUntouched(Tenant tenant, Member target) {
        User now = http.get(ApiPaths.user(tenant.id(), target.id()), tenant.owner().token()).as(User.class);
        assertThat(List.of(now.email(), now.status(), now.mustChangePassword()))
                .isEqualTo(List.of(target.email(), UserStatus.ACTIVE, false));
        assertThat(http.get(ApiPaths.ME, target.token()).status()).isEqualTo(200);
        assertThat(AuditTrail.all(http, tenant, "target=" + target.id() + "&outcome=SUCCESS"))
                .extracting(AuditEvent::action).containsOnly(AuditAction.USER_CREATE, AuditAction.ROLE_GRANT);
    }

    private List<AuditEvent> refusalsOf(Tenant tenant, Member caller) {
        return AuditTrail.all(http, tenant, "action=access.denied&actor=" + caller.id()).stream()
                .filter(event -> event.outcome() == AuditOutcome.DENIED)
                .filter(event -> event.details() != null
                        && ErrorCodes.TARGET_OUTRANKS_CALLER.equals(event.details().get("reason")))
                .toList();
    }

    private List<RoleMapping> grantsOf(Tenant tenant, Member target) {
        return List.of(http.get(tenant.path("/role-mappings?userId=" + target.id()), tenant.owner().token())
                .as(RoleMapping[].class));
    }

    private static boolean callerHoldsUsersManage(String role) {
        return role.equals("OWNER") || role.equals("ADMIN");
    }

    private void role(Tenant tenant, String name, Set<Permission> permissions) {
        assertThat(http.post(tenant.path("/roles"), tenant.owner().token(), new RoleRequest(name, permissions)).status())
                .isEqualTo(201);
    }

    private String roleId(Tenant tenant, String name) {
        return Arrays.stream(http.get(tenant.path("/roles"), tenant.owner().token()).as(Role[].class))
                .filter(role -> role.name().equals(name)).findFirst().orElseThrow().id();
    }
}
