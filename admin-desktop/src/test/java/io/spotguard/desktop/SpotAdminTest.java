package io.spotguard.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.api.GrantsApi;
import io.spotguard.desktop.main.MainViewModel;
import io.spotguard.desktop.main.Section;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.spots.SpotsViewModel;
import io.spotguard.desktop.ui.CurrentThreadRunner;
import io.spotguard.desktop.users.UsersViewModel;
import io.spotguard.desktop.users.grants.GrantScope;
import io.spotguard.desktop.users.grants.GrantsViewModel;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A spot admin administers their spot through the console: its users, their grants there, its name. */
class SpotAdminTest {
    private static final String PASSWORD = "spot-admin-password";

    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);
    static Spot alpha;
    static Spot beta;
    static User lee;

    private final RecordingNotifier notifier = new RecordingNotifier();
    @AutoClose
    private final CurrentThreadRunner runner = new CurrentThreadRunner();

    @BeforeAll
    static void createSpotsAndGrantSpotRoles() {
        alpha = server.createSpot("Alpha");
        beta = server.createSpot("Beta");
        server.grant(user("sam@acme.test"), "SPOT_ADMIN", alpha.id());
        lee = user("lee@acme.test");
        server.grant(lee, "SPOT_ADMIN", alpha.id());
        server.grant(user("mia@acme.test"), "MEMBER", alpha.id());
        server.grant(user("bea@acme.test"), "MEMBER", beta.id());
        User both = user("both@acme.test");
        server.grant(both, "MEMBER", alpha.id());
        server.grant(both, "MEMBER", beta.id());
    }

    @Test
    void spotAdminIsOfferedUsersAndSpotsButNoAuditLog() {
        Session sam = signIn("sam@acme.test");

        MainViewModel main = new MainViewModel(sam, runner, new RecordingNavigation());

        assertEquals(List.of(Section.USERS, Section.SPOTS), main.sections());
        assertEquals(Section.USERS, main.sectionProperty().get());
    }

    @Test
    void spotAdminSeesOnlyTheUsersAndGrantsOfTheirSpot() {
        Session sam = signIn("sam@acme.test");
        UsersViewModel users = new UsersViewModel(Consoles.users(sam), runner, notifier, new ManualScheduler(), 50);
        GrantsViewModel grants = grants(sam);

        users.search();
        grants.show(users.users().stream().filter(u -> u.email().equals("both@acme.test")).findFirst().orElseThrow());

        assertEquals(List.of(), notifier.failures);
        assertEquals(List.of("both@acme.test", "lee@acme.test", "mia@acme.test", "sam@acme.test"),
                users.users().stream().map(User::email).sorted().toList());
        assertEquals(List.of("MEMBER@Alpha"), describe(grants.grants()));
    }

    @Test
    void spotAdminGrantsMemberInTheirSpotWhichIsTheOnlyScopeOffered() {
        Session sam = signIn("sam@acme.test");
        GrantsViewModel grants = grants(sam);
        grants.show(lee);

        assertEquals(List.of(GrantScope.of(alpha)), grants.scopes());
        assertEquals(GrantScope.of(alpha), grants.scopeProperty().get());
        // Roles carrying a permission Sam lacks in Alpha (audit.read, users.manage, ...) would only be refused.
        assertEquals(List.of("MEMBER", "SPOT_ADMIN"), grants.roles().stream().map(Role::name).toList());
        grants.roleProperty().set(grants.roles().getFirst());
        grants.grant();

        assertEquals(List.of(), notifier.failures);
        assertEquals(List.of("lee@acme.test now holds MEMBER over spot Alpha."), notifier.successes);
        GrantsApi asOwner = Consoles.grants(Consoles.signedIn(server, home.resolve("owner"), TestServer.OWNER_EMAIL,
                TestServer.OWNER_PASSWORD));
        assertEquals(List.of("MEMBER@Alpha", "SPOT_ADMIN@Alpha"), describe(asOwner.grantsOf(lee.id())));
    }

    @Test
    void spotAdminRenamesTheirSpotButIsNotOfferedCreateOrDelete() {
        Spot delta = server.createSpot("Delta");
        server.grant(user("rita@acme.test"), "SPOT_ADMIN", delta.id());
        Session rita = signIn("rita@acme.test");
        SpotsViewModel spots = new SpotsViewModel(Consoles.spots(rita), runner, notifier, rita.me().holdings());
        spots.load();

        assertEquals(List.of(delta), spots.spots());
        assertThat(spots.mayCreateAndDelete()).isFalse();
        spots.newSpotNameProperty().set("Epsilon");
        assertThat(spots.canCreateProperty().get()).isFalse();
        assertThat(spots.mayRename(delta)).isTrue();
        assertThat(spots.mayRename(alpha)).isFalse();

        spots.rename(delta, "Delta West");

        assertEquals(List.of(), notifier.failures);
        assertEquals(List.of("Delta West"), Consoles.spots(rita).spots().stream().map(Spot::name).toList());
    }

    private Session signIn(String email) {
        return Consoles.signedIn(server, home, email, PASSWORD);
    }

    private GrantsViewModel grants(Session session) {
        GrantsViewModel grants = new GrantsViewModel(Consoles.grants(session), Consoles.spots(session), runner, notifier,
                session.me().holdings());
        grants.activate();
        return grants;
    }

    private static User user(String email) {
        return server.createUser(email, email.substring(0, email.indexOf('@')), PASSWORD, false);
    }

    private static List<String> describe(List<RoleMapping> grants) {
        return grants.stream().map(g -> g.roleName() + "@" + (g.organizationWide() ? "organization" : g.spotName()))
                .sorted().toList();
    }
}
