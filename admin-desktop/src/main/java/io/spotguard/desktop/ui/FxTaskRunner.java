package io.spotguard.desktop.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs work on virtual threads and delivers outcomes on the FX thread; call {@code run} from the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Consumer<Throwable> unhandledFailure;
    private int running;

    public FxTaskRunner(Consumer<Throwable> unhandledFailure) {
        this.unhandledFailure = unhandledFailure;
    }

    @Override
    public <T> Job<T> run(Callable<T> work) {
        Job<T> job = new Job<>(unhandledFailure);
        changeRunning(+1);
        workers.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    changeRunning(-1);
                    job.succeed(result);
                });
            } catch (Throwable failure) {
                Platform.runLater(() -> {
                    changeRunning(-1);
                    job.fail(failure);
                });
            }
        });
        return job;
    }

    private void changeRunning(int delta) {
        running += delta;
        busy.set(running > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
