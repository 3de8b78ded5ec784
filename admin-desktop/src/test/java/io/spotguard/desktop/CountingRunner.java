package io.spotguard.desktop;

import io.spotguard.desktop.ui.CurrentThreadRunner;
import io.spotguard.desktop.ui.Job;
import io.spotguard.desktop.ui.TaskRunner;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Runs work on the calling thread and counts it: every server call in the console is one run. */
public final class CountingRunner implements TaskRunner, AutoCloseable {
    private final CurrentThreadRunner runner = new CurrentThreadRunner();
    private int runs;

    @Override
    public <T> Job<T> run(Callable<T> work) {
        runs++;
        return runner.run(work);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    public int runs() {
        return runs;
    }

    /** Fails the test with a failure that went to no handler, as {@link CurrentThreadRunner#close()} does. */
    @Override
    public void close() {
        runner.close();
    }
}
