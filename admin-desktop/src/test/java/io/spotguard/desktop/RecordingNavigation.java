package io.spotguard.desktop;

import io.spotguard.model.me.Me;
import java.util.ArrayList;
import java.util.List;

/** Where ViewModels sent the user, in order. */
public final class RecordingNavigation implements Navigation {
    public final List<String> visited = new ArrayList<>();
    public Me me;

    @Override
    public void showConnect() {
        visited.add("connect");
    }

    @Override
    public void showSignIn() {
        visited.add("sign-in");
    }

    @Override
    public void showChangePassword() {
        visited.add("change-password");
    }

    @Override
    public void showMain(Me signedIn) {
        this.me = signedIn;
        visited.add("main");
    }

    public String last() {
        return visited.isEmpty() ? null : visited.getLast();
    }
}
