package io.spotguard.desktop.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ViewModel tests rely on this runner; a failure nobody handled must fail them rather than vanish. */
class CurrentThreadRunnerTest {
    private final CurrentThreadRunner runner = new CurrentThreadRunner();
    private final IllegalStateException broken = new IllegalStateException("server said no");

    @Test
    void aFailureWithoutAFailureHandlerIsThrownWhenTheRunnerCloses() {
        runner.run(this::fail).onSuccess(value -> { });

        assertThatThrownBy(runner::close).hasCause(broken);
    }

    @Test
    void aFailureWithoutAFailureHandlerIsThrownAtTheNextRun() {
        runner.run(this::fail);

        assertThatThrownBy(() -> runner.run(() -> "next")).hasCause(broken);
    }

    @Test
    void aHandledFailureGoesToItsHandlerOnly() {
        List<Throwable> handled = new ArrayList<>();

        runner.run(this::fail).onSuccess(value -> { }).onFailure(handled::add);

        assertEquals(List.of(broken), handled);
        assertThatCode(runner::close).doesNotThrowAnyException();
    }

    @Test
    void anUnhandledFailureIsThrownOnce() {
        runner.run(this::fail);
        assertThatThrownBy(runner::close).hasCause(broken);

        assertThatCode(runner::close).doesNotThrowAnyException();
    }

    private String fail() {
        throw broken;
    }
}
