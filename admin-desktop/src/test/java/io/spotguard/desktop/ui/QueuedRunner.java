package io.spotguard.desktop.ui;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Holds work until the test runs it, as the console's runner hands it to another thread: what an action does
 * before its background work runs (on the FX thread, in the console) can be told from what that work does.
 */
public final class QueuedRunner implements TaskRunner {
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    @Override
    public <T> Job<T> run(Callable<T> work) {
        Job<T> job = new Job<>(failure -> {
            throw new IllegalStateException("background work failed and nothing handled the failure", failure);
        });
        queued.add(() -> {
            try {
                job.succeed(work.call());
            } catch (Exception failure) {
                job.fail(failure);
            }
        });
        busy.set(true);
        return job;
    }

    /** Runs the queued work, and what that queues in turn, as the console would have. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.remove().run();
        }
        busy.set(false);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
