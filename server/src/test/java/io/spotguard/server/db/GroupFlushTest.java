package io.spotguard.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One flush at a time, and none that began before a caller's commit is taken to cover it. */
class GroupFlushTest {
    private final AtomicInteger flushes = new AtomicInteger();
    private final CountDownLatch firstFlushRuns = new CountDownLatch(1);
    private final CountDownLatch releaseFirstFlush = new CountDownLatch(1);

    /** The first flush blocks until released, so the test decides who arrives while it runs. */
    private void flushHeldOpenTheFirstTime() throws InterruptedException {
        if (flushes.incrementAndGet() == 1) {
            firstFlushRuns.countDown();
            releaseFirstFlush.await();
        }
    }

    @Test
    void aCallerRunsTheFlushItself() {
        GroupFlush flush = new GroupFlush(flushes::incrementAndGet);

        flush.awaitFlush();
        flush.awaitFlush();

        assertThat(flushes).hasValue(2);
    }

    @Test
    void callersArrivingDuringAFlushShareTheNextOneInsteadOfReturningEarly() throws Exception {
        GroupFlush flush = new GroupFlush(this::flushHeldOpenTheFirstTime);
        Thread first = Thread.ofPlatform().start(flush::awaitFlush);
        assertThat(firstFlushRuns.await(30, TimeUnit.SECONDS)).isTrue();

        List<Thread> late = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            late.add(Thread.ofPlatform().start(flush::awaitFlush));
        }
        awaitWaitingCallers(flush, late.size());
        releaseFirstFlush.countDown();
        first.join(30_000);
        for (Thread caller : late) {
            caller.join(30_000);
            assertThat(caller.isAlive()).isFalse();
        }

        // The five late callers' commits may postdate the first flush's start: one more flush, shared by all five.
        assertThat(flushes).hasValue(2);
    }

    @Test
    void aFailedFlushFailsItsCallerAndTheWaitingCallersRunTheirOwn() throws Exception {
        GroupFlush flush = new GroupFlush(() -> {
            flushHeldOpenTheFirstTime();
            if (flushes.get() == 1) {
                throw new java.io.IOException("disk full");
            }
        });
        List<Throwable> firstFailure = new ArrayList<>();
        Thread first = Thread.ofPlatform().start(() -> {
            try {
                flush.awaitFlush();
            } catch (DatabaseException e) {
                firstFailure.add(e);
            }
        });
        assertThat(firstFlushRuns.await(30, TimeUnit.SECONDS)).isTrue();
        Thread waiting = Thread.ofPlatform().start(flush::awaitFlush);
        awaitWaitingCallers(flush, 1);

        releaseFirstFlush.countDown();
        first.join(30_000);
        waiting.join(30_000);

        assertThat(firstFailure).singleElement().satisfies(e -> assertThat(e).hasRootCauseMessage("disk full"));
        assertThat(flushes).hasValue(2);
        assertThatThrownBy(() -> new GroupFlush(() -> {
            throw new java.io.IOException("gone");
        }).awaitFlush()).isInstanceOf(DatabaseException.class);
    }

    private static void awaitWaitingCallers(GroupFlush flush, int callers) throws InterruptedException {
        for (int i = 0; i < 3_000 && flush.waitingCallers() < callers; i++) {
            Thread.sleep(10);
        }
        assertThat(flush.waitingCallers()).as("callers waiting for the running flush").isEqualTo(callers);
    }
}
