package io.spotguard.desktop.ui;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs work at once on the calling thread: ViewModel tests read the outcome right after the action returns. */
public final class CurrentThreadRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    @Override
    public <T> Job<T> run(Callable<T> work) {
        Job<T> job = new Job<>(null);
        busy.set(true);
        try {
            job.succeed(work.call());
        } catch (Exception failure) {
            job.fail(failure);
        } finally {
            busy.set(false);
        }
        return job;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
