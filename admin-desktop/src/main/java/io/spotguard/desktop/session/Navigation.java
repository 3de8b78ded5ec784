package io.spotguard.desktop.session;

import io.spotguard.model.auth.LoginStep;

/** Where a screen can send the user next; ViewModels ask for it, the console's start-up decides what it looks like. */
public interface Navigation {
    void showConnect();

    void showSignIn();

    /**
     * Shows the screen that handles the step the server asked for at sign-in: the main window once
     * {@link LoginStep#AUTHENTICATED}, or a step's own screen (a password change, later a second factor).
     */
    void showSignInStep(LoginStep step);
}
