package io.spotguard.desktop.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.Consoles;
import io.spotguard.desktop.RecordingNavigation;
import io.spotguard.desktop.RecordingNotifier;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.api.ApiClient;
import io.spotguard.desktop.api.ApiException;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.CurrentThreadRunner;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.auth.LoginStep;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ChangePasswordViewModelTest {
    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final RecordingNavigation navigation = new RecordingNavigation();
    @AutoClose
    private final CurrentThreadRunner runner = new CurrentThreadRunner();

    @Test
    void formIsInvalidUntilTheNewPasswordFollowsTheRulesAndIsConfirmed() {
        ChangePasswordViewModel model = new ChangePasswordViewModel(Consoles.connected(server, home),
                runner, notifier, navigation);
        model.currentPasswordProperty().set("one-time-pass-1");

        model.newPasswordProperty().set("short");
        model.confirmationProperty().set("short");
        assertThat(model.formInvalidProperty().get()).isTrue();
        assertThat(model.hintProperty().get()).isEqualTo("New password must be at least 12 characters.");

        model.newPasswordProperty().set("one-time-pass-1");
        model.confirmationProperty().set("one-time-pass-1");
        assertThat(model.formInvalidProperty().get()).isTrue();
        assertThat(model.hintProperty().get()).isEqualTo("New password must differ from the current password.");

        model.newPasswordProperty().set("a-long-new-password");
        model.confirmationProperty().set("a-long-new-passwort");
        assertEquals(List.of(ChangePasswordViewModel.MISMATCH), model.problems());
        assertThat(model.formInvalidProperty().get()).isTrue();

        model.confirmationProperty().set("a-long-new-password");
        assertThat(model.formInvalidProperty().get()).isFalse();
    }

    @Test
    void firstSignInReplacesTheOneTimePasswordAndOpensTheMainWindow() {
        server.createUser("newbie@acme.test", "New Bie", "one-time-pass-1", true);
        Session session = Consoles.connected(server, home);
        assertEquals(LoginStep.CHANGE_PASSWORD,
                Consoles.login(session.api(), "newbie@acme.test", "one-time-pass-1").step());
        ChangePasswordViewModel model = new ChangePasswordViewModel(session, runner, notifier,
                navigation);

        model.currentPasswordProperty().set("one-time-pass-1");
        model.newPasswordProperty().set("my-own-password-now");
        model.confirmationProperty().set("my-own-password-now");
        model.changePassword();

        assertEquals(List.of(), notifier.failures);
        assertEquals(List.of("AUTHENTICATED"), navigation.visited);
        assertEquals("newbie@acme.test", session.me().user().email());
        ApiClient fresh = Consoles.connected(server, home).api();
        assertEquals(LoginStep.AUTHENTICATED,
                Consoles.login(fresh, "newbie@acme.test", "my-own-password-now").step());
    }

    @Test
    void cancellingSignsOutAndGoesBackToSignIn() {
        server.createUser("quitter@acme.test", "Quit Ter", "one-time-pass-3", true);
        Session session = Consoles.connected(server, home);
        Consoles.login(session.api(), "quitter@acme.test", "one-time-pass-3");
        ChangePasswordViewModel model = new ChangePasswordViewModel(session, runner, notifier,
                navigation);
        model.currentPasswordProperty().set("one-time-pass-3");

        model.cancel();

        assertEquals(List.of("sign-in"), navigation.visited);
        assertEquals("", model.currentPasswordProperty().get());
        assertThatThrownBy(session.api()::me).isInstanceOfSatisfying(ApiException.class,
                e -> assertEquals(ErrorCodes.UNAUTHENTICATED, e.code()));
    }

    @Test
    void wrongOneTimePasswordIsReportedAndNothingChanges() {
        server.createUser("typo@acme.test", "Ty Po", "one-time-pass-2", true);
        Session session = Consoles.connected(server, home);
        Consoles.login(session.api(), "typo@acme.test", "one-time-pass-2");
        ChangePasswordViewModel model = new ChangePasswordViewModel(session, runner, notifier,
                navigation);

        model.currentPasswordProperty().set("one-time-pass-X");
        model.newPasswordProperty().set("my-own-password-now");
        model.confirmationProperty().set("my-own-password-now");
        model.changePassword();

        assertThat(notifier.failures).hasSize(1);
        assertThat(notifier.failures.getFirst()).contains("current password is wrong");
        assertEquals(List.of(), navigation.visited);
    }
}
