package io.spotguard.server.db;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for a database that does not write its commits out by itself: callers whose transactions committed
 * wait for one flush that began after their commit. One flush runs at a time and covers every commit that finished
 * before it began; whoever arrives while it runs waits for the next one, which the first of them runs for all. So
 * concurrent writers share flushes instead of queueing for one each.
 */
final class GroupFlush {
    /** The flush itself; it runs on one thread at a time. */
    interface Action {
        void run() throws Exception;
    }

    private final Action flush;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition roundEnded = lock.newCondition();
    private long started;
    private long succeeded;
    private boolean running;

    GroupFlush(Action flush) {
        this.flush = flush;
    }

    /** Returns once a flush that began after this call has succeeded; throws when the one this caller ran failed. */
    void awaitFlush() {
        lock.lock();
        try {
            // A flush already running may have begun before the caller's commit: only a later one surely covers it.
            long needed = started + 1;
            while (succeeded < needed) {
                if (running) {
                    roundEnded.awaitUninterruptibly();
                } else {
                    runRound();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Callers waiting for a flush to end (for tests). */
    int waitingCallers() {
        lock.lock();
        try {
            return lock.getWaitQueueLength(roundEnded);
        } finally {
            lock.unlock();
        }
    }

    private void runRound() {
        long round = ++started;
        running = true;
        boolean flushed = false;
        lock.unlock();
        try {
            flush.run();
            flushed = true;
        } catch (Exception e) {
            throw new DatabaseException(e);
        } finally {
            lock.lock();
            running = false;
            if (flushed) {
                succeeded = round;
            }
            // After a failure the waiting callers try again themselves: each sees a flush succeed or its own failure.
            roundEnded.signalAll();
        }
    }
}
