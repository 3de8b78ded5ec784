package io.spotguard.desktop;

import io.spotguard.desktop.session.Navigation;
import io.spotguard.model.auth.LoginStep;
import java.util.ArrayList;
import java.util.List;

/** Where ViewModels sent the user, in order: "connect", "sign-in", or the sign-in step asked for (its name). */
public final class RecordingNavigation implements Navigation {
    public final List<String> visited = new ArrayList<>();

    @Override
    public void showConnect() {
        visited.add("connect");
    }

    @Override
    public void showSignIn() {
        visited.add("sign-in");
    }

    @Override
    public void showSignInStep(LoginStep step) {
        visited.add(step.name());
    }

    public String last() {
        return visited.isEmpty() ? null : visited.getLast();
    }
}
