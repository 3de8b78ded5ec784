package io.spotguard.desktop.ui;

import java.util.function.Consumer;

/**
 * The outcome of one piece of background work, handed to whoever registers for it. Registration may come before
 * or after the work finishes (a current-thread runner finishes before {@code run} returns); each handler gets the
 * outcome exactly once.
 */
public final class Job<T> {
    private final Consumer<Throwable> unhandledFailure;
    private boolean done;
    private T value;
    private Throwable failure;
    private Consumer<? super T> successHandler;
    private Consumer<? super Throwable> failureHandler;
    private boolean delivered;

    Job(Consumer<Throwable> unhandledFailure) {
        this.unhandledFailure = unhandledFailure;
    }

    public synchronized Job<T> onSuccess(Consumer<? super T> handler) {
        this.successHandler = handler;
        deliver(false);
        return this;
    }

    public synchronized Job<T> onFailure(Consumer<? super Throwable> handler) {
        this.failureHandler = handler;
        deliver(false);
        return this;
    }

    synchronized void succeed(T result) {
        this.value = result;
        this.done = true;
        deliver(true);
    }

    synchronized void fail(Throwable error) {
        this.failure = error;
        this.done = true;
        deliver(true);
    }

    /** The failure, while it has gone to no handler: a test runner's way to tell a failure nobody asked about. */
    synchronized Throwable unhandledFailure() {
        return done && failure != null && !delivered ? failure : null;
    }

    private void deliver(boolean finishing) {
        if (!done || delivered) {
            return;
        }
        if (failure == null && successHandler != null) {
            delivered = true;
            successHandler.accept(value);
        } else if (failure != null && failureHandler != null) {
            delivered = true;
            failureHandler.accept(failure);
        } else if (failure != null && finishing && unhandledFailure != null) {
            // Nobody asked about this failure: the user still hears of it.
            delivered = true;
            unhandledFailure.accept(failure);
        }
    }
}
