package io.spotguard.server.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import io.spotguard.model.me.Me;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.rbac.RoleRequest;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import io.spotguard.server.testing.AuditTrail;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GrantTest {
    private static final TypeReference<List<RoleMapping>> MAPPINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Role>> ROLES = new TypeReference<>() {
    };
    private static final TypeReference<List<FieldError>> FIELD_ERRORS = new TypeReference<>() {
    };
    private final TestServer server = TestServer.get();
    private final HttpsClient http = server.http();

    @Test
    void grantingARoleOrganizationWideAnswers201WithTheNamedMapping() {
        Tenant tenant = server.newTenant();
        User user = tenant.account(null, null);
        String auditor = roleId(tenant, "AUDITOR");
        Instant before = Instant.now().minus(Duration.ofSeconds(5));

        var response = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(user.id(), auditor, null));

        assertThat(response.status()).isEqualTo(201);
        RoleMapping mapping = response.as(RoleMapping.class);
        assertThat(mapping).isEqualTo(new RoleMapping(mapping.id(), tenant.id(), user.id(), user.email(), auditor,
                "AUDITOR", null, null, mapping.grantedAt()));
        assertThat(mapping.grantedAt()).isBetween(before, Instant.now().plus(Duration.ofSeconds(5)));
        assertThat(AuditTrail.all(http, tenant, "action=role.grant&target=" + user.id()))
                .singleElement().satisfies(event -> {
                    assertThat(event.actorId()).isEqualTo(tenant.owner().id());
                    assertThat(event.details()).containsEntry("role", "AUDITOR");
                });
    }

    @Test
    void grantingARoleInASpotNamesTheSpot() {
        Tenant tenant = server.newTenant();
        Spot spot = tenant.spot("Harbour");
        User user = tenant.account(null, null);
        String member = roleId(tenant, "MEMBER");

        var response = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(user.id(), member, spot.id()));

        assertThat(response.status()).isEqualTo(201);
        RoleMapping mapping = response.as(RoleMapping.class);
        assertThat(mapping).isEqualTo(new RoleMapping(mapping.id(), tenant.id(), user.id(), user.email(), member,
                "MEMBER", spot.id(), "Harbour", mapping.grantedAt()));
    }

    @Test
    void mappingsAreListedByUserAndBySpot() {
        Tenant tenant = server.newTenant();
        Spot east = tenant.spot("East");
        Spot west = tenant.spot("West");
        User alice = tenant.account(null, null);
        User bob = tenant.account(null, null);
        RoleMapping aliceEast = grant(tenant, alice.id(), "MEMBER", east.id());
        RoleMapping aliceOrg = grant(tenant, alice.id(), "AUDITOR", null);
        RoleMapping bobEast = grant(tenant, bob.id(), "SPOT_ADMIN", east.id());
        RoleMapping bobWest = grant(tenant, bob.id(), "MEMBER", west.id());

        assertThat(list(tenant, "?userId=" + alice.id())).containsExactlyInAnyOrder(aliceEast, aliceOrg);
        assertThat(list(tenant, "?spotId=" + east.id())).containsExactlyInAnyOrder(aliceEast, bobEast);
        assertThat(list(tenant, "?userId=" + bob.id() + "&spotId=" + west.id())).containsExactly(bobWest);
        assertThat(list(tenant, "")).contains(aliceEast, aliceOrg, bobEast, bobWest).hasSize(5);
    }

    @Test
    void revokedGrantIsGoneAndAudited() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("AUDITOR", null);
        RoleMapping mapping = list(tenant, "?userId=" + member.id()).getFirst();
        assertThat(http.get(tenant.path("/audit-events"), member.token()).status()).isEqualTo(200);

        var response = http.delete(tenant.path("/role-mappings/" + mapping.id()), tenant.owner().token());

        assertThat(response.status()).isEqualTo(204);
        assertThat(list(tenant, "?userId=" + member.id())).isEmpty();
        assertThat(http.get(tenant.path("/audit-events"), member.token()).status()).isEqualTo(403);
        assertThat(AuditTrail.all(http, tenant, "action=role.revoke&target=" + member.id())).hasSize(1);
        assertThat(http.delete(tenant.path("/role-mappings/" + mapping.id()), tenant.owner().token()).status())
                .isEqualTo(404);
    }

    @Test
    void grantingTheSameRoleTwiceIsAConflict() {
        Tenant tenant = server.newTenant();
        Spot spot = tenant.spot("Twice");
        User user = tenant.account(null, null);
        grant(tenant, user.id(), "MEMBER", spot.id());

        var again = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(user.id(), roleId(tenant, "MEMBER"), spot.id()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(ErrorCodes.ROLE_ALREADY_GRANTED);
        assertThat(list(tenant, "?userId=" + user.id())).hasSize(1);
    }

    @Test
    void adminCannotGrantOwner() {
        Tenant tenant = server.newTenant();
        Tenant.Member admin = tenant.member("ADMIN", null);
        User user = tenant.account(null, null);

        var response = http.post(tenant.path("/role-mappings"), admin.token(),
                new GrantRequest(user.id(), roleId(tenant, "OWNER"), null));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo(ErrorCodes.PRIVILEGE_ESCALATION);
        assertThat(list(tenant, "?userId=" + user.id())).isEmpty();
        assertThat(http.post(tenant.path("/role-mappings"), admin.token(),
                new GrantRequest(admin.id(), roleId(tenant, "OWNER"), null)).code())
                .isEqualTo(ErrorCodes.PRIVILEGE_ESCALATION);
    }

    @Test
    void spotAdminCannotGrantAuditorInTheirSpotButCanGrantMember() {
        Tenant tenant = server.newTenant();
        Spot spot = tenant.spot("Lobby");
        Tenant.Member spotAdmin = tenant.member("SPOT_ADMIN", spot.id());
        User user = tenant.account(null, null);

        var auditor = http.post(tenant.path("/role-mappings"), spotAdmin.token(),
                new GrantRequest(user.id(), roleId(tenant, "AUDITOR"), spot.id()));
        var member = http.post(tenant.path("/role-mappings"), spotAdmin.token(),
                new GrantRequest(user.id(), roleId(tenant, "MEMBER"), spot.id()));

        assertThat(auditor.status()).isEqualTo(403);
        assertThat(auditor.code()).isEqualTo(ErrorCodes.PRIVILEGE_ESCALATION);
        assertThat(member.status()).isEqualTo(201);
        assertThat(list(tenant, "?userId=" + user.id())).extracting(RoleMapping::roleName, RoleMapping::spotName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MEMBER", "Lobby"));
    }

    @Test
    void revokingTheLastOrganizationWideOwnerGrantIsRefused() {
        Tenant tenant = server.newTenant();
        RoleMapping ownerGrant = list(tenant, "?userId=" + tenant.owner().id()).getFirst();

        var response = http.delete(tenant.path("/role-mappings/" + ownerGrant.id()), tenant.owner().token());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo(ErrorCodes.LAST_OWNER);
        assertThat(list(tenant, "?userId=" + tenant.owner().id())).containsExactly(ownerGrant);
    }

    @Test
    void revokingAnOwnerGrantIsAllowedWhileAnotherActiveOwnerRemains() {
        Tenant tenant = server.newTenant();
        Tenant.Member second = tenant.member("OWNER", null);
        RoleMapping secondGrant = list(tenant, "?userId=" + second.id()).getFirst();

        var response = http.delete(tenant.path("/role-mappings/" + secondGrant.id()), tenant.owner().token());

        assertThat(response.status()).isEqualTo(204);
        RoleMapping firstGrant = list(tenant, "?userId=" + tenant.owner().id()).getFirst();
        assertThat(http.delete(tenant.path("/role-mappings/" + firstGrant.id()), tenant.owner().token()).code())
                .isEqualTo(ErrorCodes.LAST_OWNER);
    }

    @Test
    void unknownRoleOrUserInTheBodyIsA400NamingTheField() {
        Tenant tenant = server.newTenant();
        User user = tenant.account(null, null);

        var unknownRole = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(user.id(), UUID.randomUUID().toString(), null));
        var unknownUser = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(UUID.randomUUID().toString(), roleId(tenant, "MEMBER"), null));

        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(fieldErrors(unknownRole)).extracting(FieldError::field).containsExactly("roleId");
        assertThat(unknownUser.status()).isEqualTo(400);
        assertThat(fieldErrors(unknownUser)).extracting(FieldError::field).containsExactly("userId");
        assertThat(list(tenant, "?userId=" + user.id())).isEmpty();
    }

    @Test
    void grantInAnUnknownSpotIsANotFound() {
        Tenant tenant = server.newTenant();
        User user = tenant.account(null, null);

        var response = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(user.id(), roleId(tenant, "MEMBER"), UUID.randomUUID().toString()));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo(ErrorCodes.NOT_FOUND);
        assertThat(list(tenant, "?userId=" + user.id())).isEmpty();
    }

    @Test
    void granteeSeesTheGrantAndItsPermissionsInMe() {
        Tenant tenant = server.newTenant();
        Tenant.Member user = tenant.member(null, null);
        Me before = http.get(ApiPaths.ME, user.token()).as(Me.class);
        assertThat(before.grants()).isEmpty();
        assertThat(before.organizationPermissions()).isEmpty();

        RoleMapping mapping = grant(tenant, user.id(), "AUDITOR", null);

        Me after = http.get(ApiPaths.ME, user.token()).as(Me.class);
        assertThat(after.grants()).containsExactly(mapping);
        assertThat(after.organizationPermissions()).isEqualTo(Set.of(Permission.SPOTS_READ, Permission.USERS_READ,
                Permission.ROLES_READ, Permission.AUDIT_READ));
    }

    @Test
    void granteeOfASpotRoleSeesItsPermissionsForThatSpotOnlyInMe() {
        Tenant tenant = server.newTenant();
        Spot spot = tenant.spot("Dock");
        tenant.spot("Elsewhere");
        Tenant.Member user = tenant.member(null, null);

        RoleMapping mapping = grant(tenant, user.id(), "SPOT_ADMIN", spot.id());

        Me me = http.get(ApiPaths.ME, user.token()).as(Me.class);
        assertThat(me.grants()).containsExactly(mapping);
        assertThat(me.organizationPermissions()).isEmpty();
        assertThat(me.spots()).containsExactly(spot);
        assertThat(me.spotPermissions()).isEqualTo(java.util.Map.of(spot.id(), Set.of(Permission.SPOTS_READ,
                Permission.SPOTS_MANAGE, Permission.USERS_READ, Permission.USERS_GRANT, Permission.ROLES_READ,
                Permission.DEVICES_MANAGE, Permission.DEVICES_WIPE, Permission.BANS_MANAGE, Permission.CONTENT_POST)));
    }

    // ---- custom roles ----

    @Test
    void customRoleIsCreatedWithItsPermissions() {
        Tenant tenant = server.newTenant();

        var response = http.post(tenant.path("/roles"), tenant.owner().token(),
                new RoleRequest("Help desk", Set.of(Permission.USERS_READ, Permission.USERS_MANAGE)));

        assertThat(response.status()).isEqualTo(201);
        Role role = response.as(Role.class);
        assertThat(role).isEqualTo(new Role(role.id(), tenant.id(), "Help desk", false,
                Set.of(Permission.USERS_READ, Permission.USERS_MANAGE)));
        assertThat(roles(tenant)).contains(role);
        assertThat(response.json().get("permissions")).extracting(n -> n.asText())
                .containsExactlyInAnyOrder("users.read", "users.manage");
    }

    @Test
    void customRoleGrantsItsPermissions() {
        Tenant tenant = server.newTenant();
        Role role = createRole(tenant, "Reader of audit", Set.of(Permission.AUDIT_READ));
        Tenant.Member user = tenant.member(null, null);
        assertThat(http.get(tenant.path("/audit-events"), user.token()).status()).isEqualTo(403);

        var granted = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(user.id(), role.id(), null));

        assertThat(granted.status()).isEqualTo(201);
        assertThat(http.get(tenant.path("/audit-events"), user.token()).status()).isEqualTo(200);
    }

    @Test
    void roleNameConflictIsRefused() {
        Tenant tenant = server.newTenant();
        Role first = createRole(tenant, "Night shift", Set.of(Permission.SPOTS_READ));
        Role second = createRole(tenant, "Day shift", Set.of(Permission.SPOTS_READ));

        var create = http.post(tenant.path("/roles"), tenant.owner().token(),
                new RoleRequest("Night shift", Set.of(Permission.USERS_READ)));
        var rename = http.put(tenant.path("/roles/" + second.id()), tenant.owner().token(),
                new RoleRequest("Night shift", Set.of(Permission.USERS_READ)));
        var builtInName = http.post(tenant.path("/roles"), tenant.owner().token(),
                new RoleRequest("OWNER", Set.of(Permission.USERS_READ)));

        for (var response : List.of(create, rename, builtInName)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.code()).isEqualTo(ErrorCodes.ROLE_NAME_TAKEN);
        }
        assertThat(roles(tenant)).contains(first, second);
    }

    @Test
    void roleNamesAreUniqueRegardlessOfCaseAndNeverPassForABuiltInRole() {
        Tenant tenant = server.newTenant();
        Role shift = createRole(tenant, "Night shift", Set.of(Permission.SPOTS_READ));
        List<Role> before = roles(tenant);

        List<String> refused = new java.util.ArrayList<>();
        for (String name : List.of("owner", "Owner", "admin", "Spot_Admin", "auditor", "member", "NIGHT SHIFT")) {
            var create = http.post(tenant.path("/roles"), tenant.owner().token(),
                    new RoleRequest(name, Set.of(Permission.SPOTS_READ)));
            refused.add(name + " " + create.status() + " " + create.code());
        }
        var renameToOwner = http.put(tenant.path("/roles/" + shift.id()), tenant.owner().token(),
                new RoleRequest("oWnEr", Set.of(Permission.SPOTS_READ)));

        assertThat(refused).allSatisfy(line -> assertThat(line).endsWith(" 409 " + ErrorCodes.ROLE_NAME_TAKEN));
        assertThat(renameToOwner.code()).isEqualTo(ErrorCodes.ROLE_NAME_TAKEN);
        assertThat(roles(tenant)).isEqualTo(before);
    }

    @Test
    void customRoleIsUpdated() {
        Tenant tenant = server.newTenant();
        Role role = createRole(tenant, "Support", Set.of(Permission.USERS_READ));

        var response = http.put(tenant.path("/roles/" + role.id()), tenant.owner().token(),
                new RoleRequest("Support plus", Set.of(Permission.USERS_READ, Permission.SPOTS_READ)));

        assertThat(response.status()).isEqualTo(200);
        Role updated = new Role(role.id(), tenant.id(), "Support plus", false,
                Set.of(Permission.USERS_READ, Permission.SPOTS_READ));
        assertThat(response.as(Role.class)).isEqualTo(updated);
        assertThat(roles(tenant)).contains(updated).doesNotContain(role);
    }

    @Test
    void unusedCustomRoleIsDeleted() {
        Tenant tenant = server.newTenant();
        Role role = createRole(tenant, "Temporary", Set.of(Permission.SPOTS_READ));

        var response = http.delete(tenant.path("/roles/" + role.id()), tenant.owner().token());

        assertThat(response.status()).isEqualTo(204);
        assertThat(roles(tenant)).extracting(Role::name)
                .containsExactlyInAnyOrder("OWNER", "ADMIN", "SPOT_ADMIN", "AUDITOR", "MEMBER");
    }

    @Test
    void grantedCustomRoleCannotBeDeleted() {
        Tenant tenant = server.newTenant();
        Role role = createRole(tenant, "In use", Set.of(Permission.SPOTS_READ));
        User user = tenant.account(null, null);
        grant(tenant, user.id(), "In use", null);

        var response = http.delete(tenant.path("/roles/" + role.id()), tenant.owner().token());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo(ErrorCodes.ROLE_IN_USE);
        assertThat(roles(tenant)).contains(role);
    }

    @Test
    void builtInRolesCannotBeChangedOrDeleted() {
        Tenant tenant = server.newTenant();
        List<Role> before = roles(tenant);
        String member = roleId(tenant, "MEMBER");

        var update = http.put(tenant.path("/roles/" + member), tenant.owner().token(),
                new RoleRequest("MEMBER", EnumSet.allOf(Permission.class)));
        var delete = http.delete(tenant.path("/roles/" + member), tenant.owner().token());

        for (var response : List.of(update, delete)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.code()).isEqualTo(ErrorCodes.BUILT_IN_ROLE);
        }
        assertThat(roles(tenant)).isEqualTo(before);
    }

    @Test
    void creatingOrWideningARoleBeyondOnesOwnPermissionsIsRefused() {
        Tenant tenant = server.newTenant();
        Tenant.Member admin = tenant.member("ADMIN", null);
        Role role = createRole(tenant, "Limited", Set.of(Permission.SPOTS_READ));

        var create = http.post(tenant.path("/roles"), admin.token(),
                new RoleRequest("Org manager", Set.of(Permission.ORG_MANAGE)));
        var widen = http.put(tenant.path("/roles/" + role.id()), admin.token(),
                new RoleRequest("Limited", Set.of(Permission.SPOTS_READ, Permission.ORG_MANAGE)));
        var allowed = http.post(tenant.path("/roles"), admin.token(),
                new RoleRequest("Spot reader", Set.of(Permission.SPOTS_READ)));

        for (var response : List.of(create, widen)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.code()).isEqualTo(ErrorCodes.PRIVILEGE_ESCALATION);
        }
        assertThat(allowed.status()).isEqualTo(201);
        assertThat(roles(tenant)).contains(role).extracting(Role::name).doesNotContain("Org manager");
    }

    @Test
    void memberCannotCreateRoles() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);

        var response = http.post(tenant.path("/roles"), member.token(),
                new RoleRequest("Mine", Set.of(Permission.SPOTS_READ)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo(ErrorCodes.FORBIDDEN);
    }

    private RoleMapping grant(Tenant tenant, String userId, String roleName, String spotId) {
        var response = http.post(tenant.path("/role-mappings"), tenant.owner().token(),
                new GrantRequest(userId, roleId(tenant, roleName), spotId));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.as(RoleMapping.class);
    }

    private Role createRole(Tenant tenant, String name, Set<Permission> permissions) {
        var response = http.post(tenant.path("/roles"), tenant.owner().token(), new RoleRequest(name, permissions));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.as(Role.class);
    }

    private List<RoleMapping> list(Tenant tenant, String query) {
        var response = http.get(tenant.path("/role-mappings" + query), tenant.owner().token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.as(MAPPINGS);
    }

    private List<Role> roles(Tenant tenant) {
        return http.get(tenant.path("/roles"), tenant.owner().token()).as(ROLES);
    }

    private String roleId(Tenant tenant, String name) {
        return roles(tenant).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static List<FieldError> fieldErrors(HttpsClient.Response response) {
        return HttpsClient.JSON.convertValue(response.json().get("errors"), FIELD_ERRORS);
    }
}
