package io.spotguard.desktop.ux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.App;
import io.spotguard.desktop.StartOptions;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.api.PinnedCertificates;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CertificateUiTest {
    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);

    @Start
    void start(Stage stage) {
        new App().show(stage, new StartOptions(server.address().toString(), home));
    }

    @Test
    void selfSignedCertificateIsShownAcceptedAndRemembered(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        assertEquals(server.address().toString(), ui.text("#serverAddress"));

        ui.connect();

        assertEquals(server.fingerprint(), ui.text("#certificateFingerprint"));
        assertThat(ui.text("#certificateSubject")).contains("CN=");
        assertThat(ui.isShown("#email")).isFalse();

        ui.click("#acceptCertificate");

        ui.shown("#email");
        assertEquals(Optional.of(server.fingerprint()), new PinnedCertificates(home).fingerprintFor(server.hostPort()));
    }

    @Test
    void changedCertificateIsRefusedWithAWarning(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        new PinnedCertificates(home).pin(server.hostPort(), String.join(":", Collections.nCopies(32, "5A")));

        ui.connect();

        assertThat(ui.text("#connectWarning"))
                .startsWith("The server's certificate has changed since you accepted it.")
                .contains("do not continue unless your IT department replaced it");
        assertThat(ui.isShown("#certificatePrompt")).isFalse();
        assertThat(ui.isShown("#email")).isFalse();
    }
}
