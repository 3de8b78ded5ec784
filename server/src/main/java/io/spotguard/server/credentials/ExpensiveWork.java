package io.spotguard.server.credentials;

import io.spotguard.model.ErrorCodes;
import io.spotguard.server.http.ApiException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place CPU-heavy work runs (password hashing today; second-factor checks, directory binds and image
 * decoding later): a fixed pool of platform threads with a bounded queue. Requests are served by virtual threads,
 * which the JDK does not preempt: a bcrypt running on one holds its carrier until done, so a burst of sign-ins
 * used to stop every other request. Here the operating system shares the cores between this pool and the request
 * carriers, and when the queue is full the work is refused at once (429 with Retry-After) instead of making
 * everyone wait.
 */
public final class ExpensiveWork implements AutoCloseable {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private final ThreadPoolExecutor pool;

    /** {@code threads} 0: one per core. */
    public ExpensiveWork(int threads, int queueCapacity) {
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity),
                runnable -> {
                    Thread thread = new Thread(runnable, "spotguard-expensive-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs the work on the pool and waits for it; refused with 429 when the pool and its queue are full. */
    public <T> T run(Callable<T> work) {
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw ApiException.tooManyRequests(ErrorCodes.SERVER_BUSY,
                    "The server is busy checking other passwords. Try again in a moment.", RETRY_AFTER);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for expensive work", e);
        }
    }

    /** Work waiting for a thread. */
    public int queued() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
