package io.spotguard.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.spotguard.desktop.Consoles;
import io.spotguard.desktop.RecordingNavigation;
import io.spotguard.desktop.RecordingNotifier;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.CurrentThreadRunner;
import io.spotguard.model.tenancy.Organization;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SignInViewModelTest {
    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final RecordingNavigation navigation = new RecordingNavigation();
    @AutoClose
    private final CurrentThreadRunner runner = new CurrentThreadRunner();
    private Session session;
    private SignInViewModel model;

    @BeforeEach
    void connect() {
        session = Consoles.connected(server, home);
        model = new SignInViewModel(session, runner, notifier, navigation);
    }

    @Test
    void signInIsOfferedOnlyForAPlausibleEmailAndAPassword() {
        model.emailProperty().set("admin@");
        model.passwordProperty().set("x");
        assertThat(model.canSignInProperty().get()).isFalse();

        model.emailProperty().set(TestServer.OWNER_EMAIL);
        assertThat(model.canSignInProperty().get()).isTrue();

        model.passwordProperty().set("");
        assertThat(model.canSignInProperty().get()).isFalse();
    }

    @Test
    void ownerSignsInAndReachesTheMainWindow() {
        model.emailProperty().set(TestServer.OWNER_EMAIL);
        model.passwordProperty().set(TestServer.OWNER_PASSWORD);

        model.signIn();

        assertEquals(List.of("AUTHENTICATED"), navigation.visited);
        assertEquals(server.owner().id(), session.me().user().id());
        assertEquals("", model.passwordProperty().get());
    }

    @Test
    void wrongPasswordSaysSoAndStaysHere() {
        model.emailProperty().set(TestServer.OWNER_EMAIL);
        model.passwordProperty().set("wrong-password-here");

        model.signIn();

        assertEquals(List.of("Email or password is wrong."), notifier.failures);
        assertEquals(List.of(), navigation.visited);
    }

    @Test
    void oneTimePasswordLeadsToThePasswordChange() {
        server.createUser("fresh@acme.test", "Fresh Face", "one-time-password-1", true);
        model.emailProperty().set("fresh@acme.test");
        model.passwordProperty().set("one-time-password-1");

        model.signIn();

        assertEquals(List.of("CHANGE_PASSWORD"), navigation.visited);
        assertNull(session.me());
    }

    @Test
    void emailInTwoOrganizationsAsksForTheOrganizationThenSignsIn() {
        Organization other = server.createOrganization("globex", "Globex");
        // One password for both: the server checks it against the oldest account only (a wrong one answers as an
        // unknown email would), and two accounts made in the same instant have no defined age order.
        server.createUser("twice@acme.test", "Twice Acme", "password-in-both", false);
        server.createUserIn(other, "twice@acme.test", "Twice Globex", "password-in-both");
        model.emailProperty().set("twice@acme.test");
        model.passwordProperty().set("password-in-both");

        model.signIn();

        assertThat(model.organizationNeededProperty().get()).isTrue();
        assertThat(notifier.failures.getFirst()).contains("several organizations");
        assertEquals(List.of(), navigation.visited);

        model.organizationProperty().set("globex");
        model.passwordProperty().set("password-in-both");
        model.signIn();

        assertEquals(List.of("AUTHENTICATED"), navigation.visited);
        assertEquals(other.id(), session.me().organization().id());
    }
}
