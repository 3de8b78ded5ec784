package io.spotguard.desktop.ui;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs server calls away from the FX thread and hands their outcome back on it. Every server call in the console
 * goes through one runner, so {@link #busyProperty()} tells the truth about work in progress.
 */
public interface TaskRunner {
    <T> Job<T> run(Callable<T> work);

    ReadOnlyBooleanProperty busyProperty();

    default Job<Void> run(Work work) {
        return run(() -> {
            work.run();
            return null;
        });
    }

    /** Work with no answer, e.g. a DELETE. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
