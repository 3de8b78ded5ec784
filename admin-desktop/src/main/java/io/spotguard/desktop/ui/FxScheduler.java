package io.spotguard.desktop.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** Runs actions on the FX thread after a delay; call it from the FX thread. */
public final class FxScheduler implements Scheduler {
    @Override
    public Cancellable after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
