package io.spotguard.desktop.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.ui.Screen;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** The lifecycle of the main window's screens, told by screens that record what happens to them. */
class ScreensTest {
    private final List<String> events = new ArrayList<>();
    private final Screens screens = new Screens(this::build, node -> events.add("placed"));

    @Test
    void aScreenIsBuiltOnceAndActivatedEachTimeItsSectionIsShown() {
        screens.show(Section.USERS);
        screens.show(Section.SPOTS);
        screens.show(Section.USERS);

        assertEquals(List.of(
                "built USERS", "placed", "activated USERS",
                "deactivated USERS", "built SPOTS", "placed", "activated SPOTS",
                "deactivated SPOTS", "placed", "activated USERS"), events);
    }

    @Test
    void leavingTheMainWindowDeactivatesTheShownScreenOnce() {
        screens.show(Section.AUDIT);

        screens.leave();
        screens.leave();

        assertEquals(List.of("built AUDIT", "placed", "activated AUDIT", "deactivated AUDIT"), events);
    }

    private Screen build(Section section) {
        events.add("built " + section);
        return new Screen() {
            @Override
            public Node node() {
                return null;
            }

            @Override
            public void activate() {
                events.add("activated " + section);
            }

            @Override
            public void deactivate() {
                events.add("deactivated " + section);
            }
        };
    }
}
