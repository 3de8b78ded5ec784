package io.spotguard.desktop.spots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.Consoles;
import io.spotguard.desktop.RecordingNotifier;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.api.SpotsApi;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.CurrentThreadRunner;
import io.spotguard.model.tenancy.Spot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SpotsViewModelTest {
    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);

    private final RecordingNotifier notifier = new RecordingNotifier();
    @AutoClose
    private final CurrentThreadRunner runner = new CurrentThreadRunner();

    @Test
    void spotsAreCreatedRenamedAndDeletedOnTheServer() {
        Session owner = Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);
        SpotsApi api = Consoles.spots(owner);
        SpotsViewModel model = new SpotsViewModel(api, runner, notifier, owner.me().holdings());
        model.load();

        model.newSpotNameProperty().set("  Warehouse ");
        model.create();
        model.newSpotNameProperty().set("Annex");
        model.create();
        assertEquals(List.of("Annex", "Warehouse"), names(model.spots()));

        model.rename(model.spots().get(1), "Depot");
        model.delete(model.spots().getFirst());

        assertEquals(List.of(), notifier.failures);
        assertEquals(List.of("Depot"), names(model.spots()));
        assertEquals(List.of("Depot"), names(api.spots()));
    }

    @Test
    void blankOrOverlongNamesCannotBeCreated() {
        Session owner = Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);
        SpotsApi api = Consoles.spots(owner);
        SpotsViewModel model = new SpotsViewModel(api, runner, notifier, owner.me().holdings());

        model.newSpotNameProperty().set("   ");
        assertThat(model.canCreateProperty().get()).isFalse();
        model.newSpotNameProperty().set("x".repeat(101));
        assertThat(model.canCreateProperty().get()).isFalse();
        model.newSpotNameProperty().set("Lobby");
        assertThat(model.canCreateProperty().get()).isTrue();
    }

    private static List<String> names(List<Spot> spots) {
        return spots.stream().map(Spot::name).toList();
    }
}
