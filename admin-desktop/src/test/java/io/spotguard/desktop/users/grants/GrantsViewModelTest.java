package io.spotguard.desktop.users.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.Consoles;
import io.spotguard.desktop.CountingRunner;
import io.spotguard.desktop.RecordingNotifier;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.api.GrantsApi;
import io.spotguard.desktop.api.SpotsApi;
import io.spotguard.desktop.api.UsersApi;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.CurrentThreadRunner;
import io.spotguard.model.rbac.Holdings;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GrantsViewModelTest {
    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);
    static Spot headOffice;

    private final RecordingNotifier notifier = new RecordingNotifier();
    @AutoClose
    private final CurrentThreadRunner runner = new CurrentThreadRunner();
    @AutoClose
    private final CountingRunner counting = new CountingRunner();
    private GrantsApi grantsApi;
    private SpotsApi spotsApi;
    private UsersApi usersApi;
    private Holdings rights;
    private GrantsViewModel model;

    @BeforeAll
    static void createHeadOffice() {
        headOffice = server.createSpot("Head office");
    }

    @BeforeEach
    void signIn() {
        Session session = Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);
        grantsApi = Consoles.grants(session);
        spotsApi = Consoles.spots(session);
        usersApi = Consoles.users(session);
        rights = session.me().holdings();
        model = new GrantsViewModel(grantsApi, spotsApi, runner, notifier, rights);
        model.activate();
    }

    @Test
    void choicesAreTheOrganizationsRolesAndTheWholeOrganizationOrOneOfItsSpots() {
        assertThat(model.roles().stream().map(Role::name).toList())
                .contains("OWNER", "ADMIN", "SPOT_ADMIN", "AUDITOR", "MEMBER");
        assertEquals(List.of(GrantScope.WHOLE_ORGANIZATION, GrantScope.of(headOffice)), model.scopes());
        assertEquals(GrantScope.WHOLE_ORGANIZATION, model.scopeProperty().get());
    }

    @Test
    void grantingOverASpotShowsTheGrantAndTheServerHasIt() {
        User user = server.createUser("spotty@acme.test", "Spot Ty", "spotty-password", false);
        model.show(user);
        assertThat(model.canGrantProperty().get()).isFalse();

        model.roleProperty().set(role("SPOT_ADMIN"));
        model.scopeProperty().set(GrantScope.of(headOffice));
        model.grant();

        assertEquals(List.of(), notifier.failures);
        assertEquals(List.of("spotty@acme.test now holds SPOT_ADMIN over spot Head office."), notifier.successes);
        assertEquals(List.of("SPOT_ADMIN@" + headOffice.name()), describe(model.grants()));
        assertEquals(List.of("SPOT_ADMIN@" + headOffice.name()), describe(grantsApi.grantsOf(user.id())));
    }

    @Test
    void revokingRemovesTheGrantOnTheServer() {
        User user = server.createUser("member@acme.test", "Mem Ber", "member-password", false);
        server.grant(user, "MEMBER", null);
        model.show(user);
        assertEquals(List.of("MEMBER@organization"), describe(model.grants()));

        model.revoke(model.grants().getFirst());

        assertEquals(List.of(), model.grants());
        assertEquals(List.of(), grantsApi.grantsOf(user.id()));
    }

    @Test
    void grantingTheSameRoleTwiceIsExplained() {
        User user = server.createUser("twice@acme.test", "Twice", "twice-password", false);
        server.grant(user, "AUDITOR", null);
        model.show(user);

        model.roleProperty().set(role("AUDITOR"));
        model.scopeProperty().set(GrantScope.WHOLE_ORGANIZATION);
        model.grant();

        assertEquals(List.of("The user already holds this role there."), notifier.failures);
        assertEquals(1, grantsApi.grantsOf(user.id()).size());
    }

    @Test
    void editingTheShownUserRenewsTheHeadingWithoutAskingForTheGrantsAgain() {
        User user = server.createUser("edited@acme.test", "Ed Ited", "edited-password", false);
        server.grant(user, "MEMBER", null);
        GrantsViewModel counted = new GrantsViewModel(grantsApi, spotsApi, counting, notifier, rights);
        counted.show(user);
        int callsBefore = counting.runs();
        User edited = usersApi.updateUser(user.id(), new UpdateUserRequest(null, "Ed Renamed"));

        counted.show(edited);

        assertEquals(callsBefore, counting.runs());
        assertEquals(edited, counted.userProperty().get());
        assertEquals(List.of("MEMBER@organization"), describe(counted.grants()));
    }

    @Test
    void activatingAgainShowsSpotsChangedMeanwhileInTheChoicesAndTheGrants() {
        Spot annex = server.createSpot("Annex");
        // The other tests expect the head office as the only spot, even after this one failed.
        try {
            User user = server.createUser("annexed@acme.test", "An Nexed", "annexed-password", false);
            server.grant(user, "MEMBER", annex.id());
            model.activate();
            model.show(user);
            assertEquals(List.of("MEMBER@Annex"), describe(model.grants()));

            Spot renamed = spotsApi.renameSpot(annex.id(), new SpotRequest("Annex North"));
            model.activate();

            assertThat(model.scopes()).contains(GrantScope.of(renamed)).doesNotContain(GrantScope.of(annex));
            assertEquals(List.of("MEMBER@Annex North"), describe(model.grants()));
            assertEquals(List.of(), notifier.failures);
        } finally {
            spotsApi.deleteSpot(annex.id());
        }
    }

    private Role role(String name) {
        return model.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> describe(List<RoleMapping> grants) {
        return grants.stream()
                .map(g -> g.roleName() + "@" + (g.organizationWide() ? "organization" : g.spotName()))
                .toList();
    }
}
