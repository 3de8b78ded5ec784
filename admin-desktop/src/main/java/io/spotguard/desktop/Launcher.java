package io.spotguard.desktop;

import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}: when it did, the Java launcher would insist on JavaFX
 * as named modules, and the console could not start from a plain class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
