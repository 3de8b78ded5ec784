package io.spotguard.desktop.ui;

import java.time.Duration;

/**
 * Runs an action later. The console's runs it on the FX thread ({@link FxScheduler}); tests hand in one whose
 * clock they move, so timing behaviour is tested without waiting and without a screen.
 */
public interface Scheduler {
    Cancellable after(Duration delay, Runnable action);

    /** A scheduled action that has not run yet can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
