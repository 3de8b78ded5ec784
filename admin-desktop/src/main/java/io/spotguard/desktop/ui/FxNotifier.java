package io.spotguard.desktop.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;

/** Shows notifications in a bar across the top of the window; a new one replaces the previous. */
public final class FxNotifier implements Notifier {
    private static final Logger LOG = Logger.getLogger(FxNotifier.class.getName());
    private static final Duration SUCCESS_SHOWN_FOR = Duration.seconds(4);

    private final NotificationPane pane;
    private final PauseTransition autoHide = new PauseTransition(SUCCESS_SHOWN_FOR);

    public FxNotifier(Node content) {
        this.pane = new NotificationPane(content);
        pane.getStyleClass().add("notifications");
        pane.setShowFromTop(true);
        autoHide.setOnFinished(e -> pane.hide());
    }

    public NotificationPane pane() {
        return pane;
    }

    @Override
    public void success(String message) {
        onFxThread(() -> show(message, "success"));
        onFxThread(autoHide::playFromStart);
    }

    @Override
    public void failure(Throwable error) {
        // The details stay in the log for IT; the user reads what to do.
        LOG.log(Level.FINE, "failure shown to the user", error);
        onFxThread(() -> {
            autoHide.stop();
            show(ErrorMessages.describe(error), "failure");
        });
    }

    private void show(String message, String kind) {
        pane.getStyleClass().removeAll("success", "failure");
        pane.getStyleClass().add(kind);
        pane.show(message);
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
