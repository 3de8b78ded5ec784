package io.spotguard.desktop.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.Consoles;
import io.spotguard.desktop.CountingRunner;
import io.spotguard.desktop.ManualScheduler;
import io.spotguard.desktop.RecordingNotifier;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.api.ApiException;
import io.spotguard.desktop.api.UsersApi;
import io.spotguard.desktop.session.Session;
import io.spotguard.model.auth.LoginStep;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.model.users.User;
import io.spotguard.model.users.UserStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class UsersViewModelTest {
    private static final int PAGE_SIZE = 20;
    private static final int PAGED_USERS = 45;

    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);
    static List<User> paged;

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ManualScheduler clock = new ManualScheduler();
    @AutoClose
    private final CountingRunner runner = new CountingRunner();
    private UsersViewModel model;
    private UsersApi api;

    @BeforeAll
    static void createPagedUsers() {
        paged = IntStream.range(0, PAGED_USERS).mapToObj(i -> server.createUser("paged-%03d@acme.test".formatted(i),
                "Paged User " + i, "some-password-" + i, false)).toList();
    }

    @BeforeEach
    void signIn() {
        Session session = Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);
        api = Consoles.users(session);
        model = new UsersViewModel(api, runner, notifier, clock, PAGE_SIZE);
    }

    @Test
    void listingLoadsOnlyTheFirstPage() {
        model.search();

        assertEquals(PAGE_SIZE, model.users().size());
        assertThat(model.hasMoreProperty().get()).isTrue();
    }

    @Test
    void scrollingToTheEndLoadsTheNextPagesUntilThereAreNoMore() {
        model.search();

        model.loadMore();
        assertEquals(2 * PAGE_SIZE, model.users().size());
        while (model.hasMoreProperty().get()) {
            model.loadMore();
        }
        int all = model.users().size();
        model.loadMore();

        assertEquals(all, model.users().size());
        assertEquals(all, model.users().stream().map(User::id).distinct().count());
        assertThat(model.users()).containsAll(paged).contains(server.owner());
        assertEquals(List.of(), notifier.failures);
    }

    @Test
    void searchStartsOverWithMatchesOnly() {
        model.search();
        model.loadMore();

        model.queryProperty().set("paged-007");
        model.search();

        assertEquals(List.of(), notifier.failures);
        assertEquals(List.of("paged-007@acme.test"), model.users().stream().map(User::email).toList());
    }

    @Test
    void createdUserIsSelectedAndGetsAOneTimePasswordThatMustBeChanged() {
        List<OneTimePassword> shown = new ArrayList<>();

        model.create(new CreateUserRequest("created@acme.test", "Cree Ated"), shown::add);

        assertEquals(1, shown.size());
        assertEquals("created@acme.test", model.selectedProperty().get().email());
        Session newcomer = Consoles.connected(server, home);
        assertEquals(LoginStep.CHANGE_PASSWORD,
                Consoles.login(newcomer.api(), "created@acme.test", shown.getFirst().oneTimePassword()).step());
    }

    @Test
    void disablingAndEnablingUpdatesTheRowInPlaceAndTheServer() {
        model.search();
        User user = model.users().stream().filter(u -> u.email().startsWith("paged-")).findFirst().orElseThrow();
        int row = model.users().indexOf(user);

        model.toggleEnabled(user);
        assertEquals(UserStatus.DISABLED, model.users().get(row).status());
        assertEquals(UserStatus.DISABLED, api.user(user.id()).status());

        model.toggleEnabled(model.users().get(row));
        assertEquals(UserStatus.ACTIVE, model.users().get(row).status());
        assertEquals(UserStatus.ACTIVE, api.user(user.id()).status());
        assertEquals(List.of(), notifier.failures);
    }

    @Test
    void resetPasswordHandsOutAWorkingOneTimePassword() {
        User user = paged.get(11);
        List<OneTimePassword> shown = new ArrayList<>();

        model.resetPassword(user, shown::add);

        Session again = Consoles.connected(server, home);
        assertEquals(LoginStep.CHANGE_PASSWORD,
                Consoles.login(again.api(), user.email(), shown.getFirst().oneTimePassword()).step());
    }

    @Test
    void revokingSessionsSignsTheUserOutEverywhere() {
        User user = paged.get(12);
        Session victim = Consoles.signedIn(server, home, user.email(), "some-password-12");

        model.revokeSessions(user);

        assertEquals(List.of(user.email() + " is signed out everywhere."), notifier.successes);
        assertThatThrownBy(() -> victim.api().me()).isInstanceOfSatisfying(ApiException.class,
                e -> assertEquals(401, e.status()));
    }

    @Test
    void typingQuicklySendsOneSearchForTheTextTheAdminStoppedAt() {
        model.activate();
        int shown = runner.runs();
        for (String typed : List.of("p", "pa", "pag", "paged-0", "paged-00", "paged-007")) {
            model.queryProperty().set(typed);
            clock.advance(Duration.ofMillis(100));
        }
        assertEquals(shown, runner.runs());

        clock.advance(UsersViewModel.SEARCH_DELAY);

        assertEquals(shown + 1, runner.runs());
        assertEquals(List.of("paged-007@acme.test"), model.users().stream().map(User::email).toList());
    }

    @Test
    void enterSearchesAtOnceAndThePauseDoesNotSearchAgain() {
        model.activate();
        int shown = runner.runs();
        model.queryProperty().set("paged-008");

        model.search();
        clock.advance(UsersViewModel.SEARCH_DELAY.multipliedBy(2));

        assertEquals(shown + 1, runner.runs());
        assertEquals(List.of("paged-008@acme.test"), model.users().stream().map(User::email).toList());
    }

    @Test
    void aScreenThatWasLeftDoesNotSearchWhenTypingPauses() {
        model.activate();
        model.queryProperty().set("paged-00");
        model.deactivate();
        int left = runner.runs();

        clock.advance(UsersViewModel.SEARCH_DELAY);
        model.queryProperty().set("paged-009");
        clock.advance(UsersViewModel.SEARCH_DELAY);

        assertEquals(left, runner.runs());
    }

    @Test
    void activatingAgainListsTheFirstPageForTheSearchTheAdminLeft() {
        model.activate();
        model.queryProperty().set("paged-01");
        model.search();
        model.deactivate();
        User added = server.createUser("paged-01x@acme.test", "Paged Later", "some-password-x", false);
        int left = runner.runs();

        model.activate();

        assertEquals(left + 1, runner.runs());
        assertThat(model.users()).contains(added).allSatisfy(u -> assertThat(u.email()).startsWith("paged-01"));
        assertEquals(List.of(), notifier.failures);
    }

    @Test
    void editingSavesEmailAndNameOnTheServerAndUpdatesTheRow() {
        User user = server.createUser("edit-me@acme.test", "Edit Me", "edit-me-password", false);
        model.queryProperty().set("edit-me");
        model.search();

        model.update(user, " edited@acme.test ", "Edited Name");

        assertEquals(List.of(), notifier.failures);
        User saved = api.user(user.id());
        assertEquals(List.of("edited@acme.test", "Edited Name"), List.of(saved.email(), saved.displayName()));
        assertEquals(List.of(saved), model.users());
        Session renamed = Consoles.connected(server, home);
        assertEquals(LoginStep.AUTHENTICATED,
                Consoles.login(renamed.api(), "edited@acme.test", "edit-me-password").step());
    }

    @Test
    void anEditThatChangesNothingSendsNothing() {
        User user = paged.get(13);
        int before = runner.runs();

        model.update(user, user.email(), " " + user.displayName() + " ");

        assertEquals(before, runner.runs());
        assertThat(UsersViewModel.changes(user, user.email(), user.displayName()).isValid()).isFalse();
    }

    /** The user dialogs keep their confirm button disabled on exactly these checks. */
    @Test
    void hiddenAndLookAlikeTextCannotBeSent() {
        User user = paged.get(16);
        String lookAlike = user.email().replaceFirst("a", "\u0430");

        assertThat(new CreateUserRequest(lookAlike, "Paged User").isValid()).isFalse();
        assertThat(new CreateUserRequest("fresh@\u0430cme.test", "Fresh").isValid()).isFalse();
        assertThat(new CreateUserRequest("fresh@acme.test", "Fresh \u202eresU").isValid()).isFalse();
        assertThat(UsersViewModel.changes(user, "x\u200b" + user.email(), user.displayName()).isValid()).isFalse();
        assertThat(UsersViewModel.changes(user, user.email(), "Paged\u2066 User").isValid()).isFalse();
        assertThat(UsersViewModel.changes(user, lookAlike, user.displayName()).isValid()).isFalse();
        assertThat(UsersViewModel.changes(user, "paged-016@acme.test", "Paged User 16 ✓").isValid()).isTrue();
    }

    @Test
    void anInternationalDomainIsShownAsStoredAndItsUnicodeSpellingChangesNothing() {
        User user = server.createUser("idn@BÜCHER.de", "Idn User", "idn-user-password", false);
        assertEquals("idn@xn--bcher-kva.de", user.email());
        int before = runner.runs();

        model.update(user, " IDN@bücher.de ", user.displayName());

        assertEquals(before, runner.runs());
        assertThat(UsersViewModel.changes(user, "idn@bücher.de", user.displayName()).isValid()).isFalse();
    }

    @Test
    void takenEmailIsExplained() {
        User user = paged.get(14);

        model.update(user, paged.get(15).email(), user.displayName());

        assertEquals(List.of("A user with this email already exists in your organization."), notifier.failures);
        assertEquals(user.email(), api.user(user.id()).email());
    }
}
