package io.spotguard.desktop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.Consoles;
import io.spotguard.desktop.RecordingNotifier;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.api.GrantsApi;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.CurrentThreadRunner;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.users.User;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {
    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);

    private final RecordingNotifier notifier = new RecordingNotifier();
    @AutoClose
    private final CurrentThreadRunner runner = new CurrentThreadRunner();
    private Session owner;
    private AuditViewModel model;

    @BeforeEach
    void signIn() {
        owner = Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);
        model = new AuditViewModel(Consoles.audit(owner), runner, notifier, ZoneOffset.UTC, 2);
    }

    @Test
    void filteringByActionShowsOnlyThoseEventsNewestFirst() {
        User first = server.createUser("audited-1@acme.test", "Audited One", "audited-password", false);
        User second = server.createUser("audited-2@acme.test", "Audited Two", "audited-password", false);
        grantMember(first);
        grantMember(second);

        model.actionProperty().set(AuditAction.ROLE_GRANT);
        model.apply();

        assertEquals(List.of(), notifier.failures);
        assertEquals(List.of(second.id(), first.id()), model.events().stream().map(AuditEvent::targetId).toList());
        assertThat(model.events()).allSatisfy(e -> assertEquals(AuditAction.ROLE_GRANT, e.action()));
    }

    @Test
    void pagesAreLoadedOnDemand() {
        for (int i = 0; i < 3; i++) {
            Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);
        }

        model.apply();
        assertEquals(2, model.events().size());

        model.loadMore();

        assertThat(model.events()).hasSizeGreaterThan(2);
        List<Instant> times = model.events().stream().map(AuditEvent::at).toList();
        assertEquals(times.stream().sorted(java.util.Comparator.reverseOrder()).toList(), times);
    }

    @Test
    void dayRangeCoversWholeDaysAndAFutureRangeFindsNothing() {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        model.fromDayProperty().set(tomorrow);
        model.toDayProperty().set(tomorrow);

        assertEquals(tomorrow.atStartOfDay(ZoneOffset.UTC).toInstant(), model.filter().from());
        assertEquals(tomorrow.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), model.filter().to());
        model.apply();
        assertEquals(List.of(), model.events());
        assertEquals(List.of(), notifier.failures);
    }

    @Test
    void actorMustBeAnIdAndDaysMustBeInOrder() {
        model.actorIdProperty().set("ada");
        assertThat(model.filterValidProperty().get()).isFalse();
        model.actorIdProperty().set(server.owner().id());
        assertThat(model.filterValidProperty().get()).isTrue();

        model.fromDayProperty().set(LocalDate.of(2026, 3, 2));
        model.toDayProperty().set(LocalDate.of(2026, 3, 1));
        assertThat(model.filterValidProperty().get()).isFalse();
    }

    private void grantMember(User user) {
        GrantsApi grants = Consoles.grants(owner);
        Role member = grants.roles().stream().filter(r -> r.name().equals("MEMBER")).findFirst().orElseThrow();
        grants.grant(new GrantRequest(user.id(), member.id(), null));
    }
}
