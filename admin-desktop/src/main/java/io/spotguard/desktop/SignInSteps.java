package io.spotguard.desktop;

import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.UserFacingException;
import io.spotguard.model.auth.LoginStep;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which screen handles each step the server can ask for at sign-in. A new step (a second factor, single sign-on)
 * slots in as one more entry and a package for its screen. A step without an entry comes from a server newer
 * than this console: no screen here can complete it, so the admin is told what to do instead.
 */
final class SignInSteps {
    static final String UNKNOWN_STEP = "The server asks for a sign-in step this console does not know yet."
            + " Install the newest console and sign in again.";

    private final Map<LoginStep, Runnable> screens;
    private final Notifier notifier;

    SignInSteps(Map<LoginStep, Runnable> screens, Notifier notifier) {
        this.screens = new EnumMap<>(screens);
        this.notifier = notifier;
    }

    void show(LoginStep step) {
        Runnable screen = screens.get(step);
        if (screen == null) {
            notifier.failure(new UserFacingException(UNKNOWN_STEP));
        } else {
            screen.run();
        }
    }
}
