package io.spotguard.desktop.ux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.spotguard.desktop.App;
import io.spotguard.desktop.Consoles;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.StartOptions;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.api.GrantsApi;
import io.spotguard.desktop.api.PinnedCertificates;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.users.grants.GrantScope;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.auth.LoginStep;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console as an admin uses it, against a real server whose certificate was accepted earlier. */
@ExtendWith(ApplicationExtension.class)
class ConsoleUiTest {
    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);

    @Start
    void start(Stage stage) {
        new PinnedCertificates(home).pin(server.hostPort(), server.fingerprint());
        new App().show(stage, new StartOptions(server.address().toString(), home));
    }

    @Test
    void ownerSignsInAndSeesWhoAndWhereInTheHeader(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.connect();

        ui.signIn(TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);

        assertEquals(TestServer.OWNER_NAME + " <" + TestServer.OWNER_EMAIL + ">", ui.text("#signedInUser"));
        assertEquals("Acme", ui.text("#organizationName"));
        assertThat(ui.isShown("#nav-users")).isTrue();
        assertThat(ui.isShown("#nav-audit")).isTrue();
    }

    @Test
    void wrongPasswordIsExplainedInPlainWords(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.connect();

        ui.signIn(TestServer.OWNER_EMAIL, "not-my-password");

        ui.waitUntil(() -> notifications(robot).contains("Email or password is wrong."));
        assertThat(robot.lookup(".notifications").queryAs(NotificationPane.class).isShowing()).isTrue();
        assertThat(ui.isShown("#signedInUser")).isFalse();
    }

    @Test
    void firstSignInMakesTheUserChooseAPassword(FxRobot robot) {
        server.createUser("first@acme.test", "First Timer", "handed-out-otp-1", true);
        UiSteps ui = new UiSteps(robot);
        ui.connect();
        ui.signIn("first@acme.test", "handed-out-otp-1");

        ui.type("#currentPassword", "handed-out-otp-1");
        ui.type("#newPassword", "too-short");
        ui.type("#confirmPassword", "too-short");
        assertThat(robot.lookup("#changePasswordButton").queryButton().isDisabled()).isTrue();
        ui.type("#newPassword", "chosen-by-me-2026");
        ui.type("#confirmPassword", "chosen-by-me-2026");
        ui.click("#changePasswordButton");

        assertEquals("First Timer <first@acme.test>", ui.text("#signedInUser"));
        assertEquals(LoginStep.AUTHENTICATED, Consoles.login(Consoles.connected(server, home.resolve("other")).api(),
                "first@acme.test", "chosen-by-me-2026").step());
    }

    @Test
    void ownerCreatesAUserAndGrantsThemARole(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.connect();
        ui.signIn(TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);

        ui.click("#createUser");
        ui.type("#newUserEmail", "grace@acme.test");
        ui.type("#newUserName", "Grace Hopper");
        ui.click("#createUserConfirm");
        String oneTimePassword = ui.text("#oneTimePassword");
        ui.clickText(".button", "Close");

        ui.waitUntil(() -> titles(robot).contains("Grants of Grace Hopper"));
        ui.click("#grantRole");
        ui.clickText(".list-cell", "MEMBER");
        ui.click("#grantButton");

        TableView<RoleMapping> grants = robot.lookup("#grantsTable").queryTableView();
        ui.waitUntil(() -> grants.getItems().stream().anyMatch(g -> g.roleName().equals("MEMBER")));
        Session asOwner = Consoles.signedIn(server, home.resolve("check"), TestServer.OWNER_EMAIL,
                TestServer.OWNER_PASSWORD);
        User grace = Consoles.users(asOwner).user(grants.getItems().getFirst().userId());
        assertEquals("grace@acme.test", grace.email());
        assertEquals(List.of("MEMBER"),
                Consoles.grants(asOwner).grantsOf(grace.id()).stream().map(RoleMapping::roleName).toList());
        assertEquals(LoginStep.CHANGE_PASSWORD, Consoles.login(Consoles.connected(server, home.resolve("grace")).api(),
                "grace@acme.test", oneTimePassword).step());
    }

    @Test
    void auditLogShowsTheGrant(FxRobot robot) {
        GrantsApi asOwner = Consoles.grants(Consoles.signedIn(server, home.resolve("api"), TestServer.OWNER_EMAIL,
                TestServer.OWNER_PASSWORD));
        User auditee = server.createUser("auditee@acme.test", "Audi Tee", "auditee-password", false);
        Role auditor = asOwner.roles().stream().filter(r -> r.name().equals("AUDITOR")).findFirst().orElseThrow();
        asOwner.grant(new GrantRequest(auditee.id(), auditor.id(), null));
        UiSteps ui = new UiSteps(robot);
        ui.connect();
        ui.signIn(TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);

        ui.click("#nav-audit");
        ui.click("#auditAction");
        ui.clickText(".list-cell", AuditAction.ROLE_GRANT.wireName());
        ui.click("#auditApply");

        TableView<AuditEvent> events = robot.lookup("#auditTable").queryTableView();
        ui.waitUntil(() -> events.getItems().stream().anyMatch(e -> auditee.id().equals(e.targetId())));
        assertThat(events.getItems()).allSatisfy(e -> assertEquals(AuditAction.ROLE_GRANT, e.action()));
        ui.waitUntil(() -> robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(c -> c instanceof javafx.scene.control.Labeled l && "role.grant".equals(l.getText())));
    }

    @Test
    void spotAdminGetsTheirSpotsUsersAndGrantsButNoAccountActionsOrAuditLog(FxRobot robot) {
        Spot lobby = server.createSpot("Lobby");
        User sam = server.createUser("sam@acme.test", "Sam Spot", "sam-password-2026", false);
        server.grant(sam, "SPOT_ADMIN", lobby.id());
        UiSteps ui = new UiSteps(robot);
        ui.connect();

        ui.signIn("sam@acme.test", "sam-password-2026");

        TableView<User> users = ui.shown("#usersTable");
        ui.waitUntil(() -> users.getItems().equals(List.of(sam)));
        ComboBox<GrantScope> scope = ui.shown("#grantScope");
        ui.waitUntil(() -> scope.getItems().equals(List.of(GrantScope.of(lobby))));
        assertThat(ui.isShown("#nav-spots")).isTrue();
        assertThat(ui.isShown("#nav-audit")).isFalse();
        assertThat(ui.isShown("#createUser")).isFalse();
        assertThat(ui.isShown("#toggleUser")).isFalse();
    }

    @Test
    void movingBetweenSectionsKeepsEachScreenAsTheAdminLeftIt(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.connect();
        ui.signIn(TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);
        TableView<User> users = ui.shown("#usersTable");
        ui.type("#userSearch", TestServer.OWNER_EMAIL);
        ui.waitUntil(() -> emails(users).equals(List.of(TestServer.OWNER_EMAIL)));

        ui.click("#nav-spots");
        ui.shown("#spotsTable");
        ui.click("#nav-users");

        assertSame(users, ui.shown("#usersTable"));
        assertEquals(TestServer.OWNER_EMAIL, ui.text("#userSearch"));
        ui.waitUntil(() -> emails(users).equals(List.of(TestServer.OWNER_EMAIL)));
    }

    @Test
    void signingOutReturnsToSignIn(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.connect();
        ui.signIn(TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);

        ui.click("#signOut");

        ui.shown("#signInButton");
        assertThat(ui.isShown("#signedInUser")).isFalse();
        assertThat(robot.lookup("#signInButton").queryAs(Button.class).getText()).isEqualTo("Sign in");
    }

    private static List<String> emails(TableView<User> users) {
        return users.getItems().stream().map(User::email).toList();
    }

    private static List<String> notifications(FxRobot robot) {
        return robot.lookup(".notification-bar .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    private static List<String> titles(FxRobot robot) {
        return robot.lookup(".title").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }
}
