package io.spotguard.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.model.auth.LoginStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInStepsTest {
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<String> shown = new ArrayList<>();

    @Test
    void eachStepShowsTheScreenThatHandlesIt() {
        SignInSteps steps = new SignInSteps(Map.of(LoginStep.AUTHENTICATED, () -> shown.add("main"),
                LoginStep.CHANGE_PASSWORD, () -> shown.add("change password")), notifier);

        steps.show(LoginStep.CHANGE_PASSWORD);
        steps.show(LoginStep.AUTHENTICATED);

        assertEquals(List.of("change password", "main"), shown);
        assertEquals(List.of(), notifier.failures);
    }

    /** As a newer server's step (a second factor, say) reaches a console that has no screen for it. */
    @Test
    void aStepWithoutAScreenTellsTheAdminToInstallTheNewestConsole() {
        SignInSteps steps = new SignInSteps(Map.of(LoginStep.AUTHENTICATED, () -> shown.add("main")), notifier);

        steps.show(LoginStep.CHANGE_PASSWORD);
        steps.show(null);

        assertEquals(List.of(), shown);
        assertEquals(List.of(SignInSteps.UNKNOWN_STEP, SignInSteps.UNKNOWN_STEP), notifier.failures);
    }
}
