package io.spotguard.desktop;

import io.spotguard.model.me.Me;

/** Where a screen can send the user next; ViewModels ask for it, the {@link App} decides what it looks like. */
public interface Navigation {
    void showConnect();

    void showSignIn();

    void showChangePassword();

    void showMain(Me me);
}
