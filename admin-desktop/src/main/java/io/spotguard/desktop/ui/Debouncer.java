package io.spotguard.desktop.ui;

import java.time.Duration;

/**
 * Runs an action once its trigger has been quiet for a while: typing "ada" quickly sends one search, for the
 * text the admin stopped at, rather than one per key. Not thread-safe: trigger it from one thread (the FX thread).
 */
public final class Debouncer {
    private final Scheduler scheduler;
    private final Duration quiet;
    private final Runnable action;
    private Scheduler.Cancellable pending;

    public Debouncer(Scheduler scheduler, Duration quiet, Runnable action) {
        this.scheduler = scheduler;
        this.quiet = quiet;
        this.action = action;
    }

    /** (Re)starts the wait; the action runs {@code quiet} after the last trigger. */
    public void trigger() {
        cancel();
        pending = scheduler.after(quiet, () -> {
            pending = null;
            action.run();
        });
    }

    /** Calls off a waiting run, e.g. because the action was just run directly. */
    public void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
