package io.spotguard.desktop.ui;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * The last line: a bug nobody caught gets logged with an incident id and the user sees that id (to quote to IT),
 * never a stack trace.
 */
public final class IncidentHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(IncidentHandler.class.getName());

    private final Window owner;

    private IncidentHandler(Window owner) {
        this.owner = owner;
    }

    public static IncidentHandler install(Window owner) {
        IncidentHandler handler = new IncidentHandler(owner);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String incidentId = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        LOG.log(Level.SEVERE, "incident " + incidentId + " on thread " + thread.getName(), error);
        String message = "Something unexpected went wrong. If it happens again, tell your IT department"
                + " and quote incident " + incidentId + ".";
        Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setTitle("Unexpected problem");
            alert.setHeaderText("Unexpected problem (incident " + incidentId + ")");
            if (owner != null && owner.isShowing()) {
                alert.initOwner(owner);
            }
            alert.show();
        });
    }
}
