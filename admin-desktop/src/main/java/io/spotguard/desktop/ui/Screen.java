package io.spotguard.desktop.ui;

import javafx.scene.Node;

/**
 * A screen with a lifecycle. It is built once and kept while the user moves away and back: {@link #activate()}
 * when it is shown, {@link #deactivate()} when another takes its place. Whatever it listens to outside itself is
 * registered on activation and removed on deactivation (Bisq 2's rule), so a hidden screen reacts to nothing and
 * a dropped one leaks nothing.
 */
public interface Screen {
    /** The same node every time: building it loads nothing. */
    Node node();

    /** Shown now: loads or refreshes what it shows, and starts listening. */
    void activate();

    /** Left: stops listening; what it shows stays for the next time. */
    void deactivate();

    /** A screen that loads nothing on showing and listens to nothing outside itself, such as a form. */
    static Screen of(Node node) {
        return new Screen() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void activate() {
            }

            @Override
            public void deactivate() {
            }
        };
    }
}
