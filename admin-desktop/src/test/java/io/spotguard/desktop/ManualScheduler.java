package io.spotguard.desktop;

import io.spotguard.desktop.ui.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler whose clock moves only when the test says so; due actions run on the test's thread. */
public final class ManualScheduler implements Scheduler {
    private final List<Scheduled> waiting = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private record Scheduled(Duration due, Runnable action) {
    }

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        Scheduled scheduled = new Scheduled(now.plus(delay), action);
        waiting.add(scheduled);
        return () -> waiting.remove(scheduled);
    }

    /** Moves the clock on and runs, in time order, what fell due meanwhile. */
    public void advance(Duration by) {
        now = now.plus(by);
        List<Scheduled> due = waiting.stream().filter(s -> s.due().compareTo(now) <= 0)
                .sorted(Comparator.comparing(Scheduled::due)).toList();
        waiting.removeAll(due);
        due.forEach(s -> s.action().run());
    }
}
