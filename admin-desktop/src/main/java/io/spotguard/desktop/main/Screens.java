package io.spotguard.desktop.main;

import io.spotguard.desktop.ui.Screen;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * The screens of one signed-in session. Each is built the first time its section is shown and kept, so moving
 * between sections neither rebuilds a screen nor loses what the admin left in it (search text, selection,
 * filter); only the shown one is active. Showing a screen again activates it, which refreshes its data: one list
 * or page for spots and the audit log; for users, the first page, the roles and spots to grant over, and the
 * shown user's grants.
 */
public final class Screens {
    private final Function<Section, Screen> build;
    private final Consumer<Node> place;
    private final Map<Section, Screen> built = new EnumMap<>(Section.class);
    private Screen shown;

    /** {@code place} puts a screen's node where screens go. */
    public Screens(Function<Section, Screen> build, Consumer<Node> place) {
        this.build = build;
        this.place = place;
    }

    /** Leaves the shown screen, then places and activates the section's (built now if it is the first time). */
    public void show(Section section) {
        leave();
        Screen next = built.computeIfAbsent(section, build);
        place.accept(next.node());
        next.activate();
        shown = next;
    }

    /** Deactivates the shown screen, if any: the section changes, or the main window itself is left. */
    public void leave() {
        if (shown != null) {
            shown.deactivate();
            shown = null;
        }
    }
}
