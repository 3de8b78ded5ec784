package io.spotguard.desktop.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs work at once on the calling thread: ViewModel tests read the outcome right after the action returns.
 * <p>
 * In the console a failure nobody registered for still reaches the user as a notification; here it must fail the
 * test instead of vanishing. Handlers are registered after the work has already run, so "nobody registered" is
 * only known later: at the runner's next {@link #run} or at {@link #close()} (tests declare the runner
 * {@code @AutoClose}), either of which throws it.
 */
public final class CurrentThreadRunner implements TaskRunner, AutoCloseable {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final List<Job<?>> failed = new ArrayList<>();

    @Override
    public <T> Job<T> run(Callable<T> work) {
        throwUnhandled();
        Job<T> job = new Job<>(null);
        busy.set(true);
        try {
            job.succeed(work.call());
        } catch (Exception failure) {
            job.fail(failure);
            failed.add(job);
        } finally {
            busy.set(false);
        }
        return job;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Throws the first failure that went to no handler. */
    @Override
    public void close() {
        throwUnhandled();
    }

    private void throwUnhandled() {
        List<Job<?>> earlier = List.copyOf(failed);
        failed.clear();
        for (Job<?> job : earlier) {
            Throwable unhandled = job.unhandledFailure();
            if (unhandled != null) {
                throw new IllegalStateException("background work failed and nothing handled the failure", unhandled);
            }
        }
    }
}
