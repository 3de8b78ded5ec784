package io.spotguard.desktop.ux;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What an admin does on screen, written once for the UI tests. */
final class UiSteps {
    private static final long TIMEOUT_SECONDS = 20;

    private final FxRobot robot;

    UiSteps(FxRobot robot) {
        this.robot = robot;
    }

    void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the screen did not get there in " + TIMEOUT_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the node is on screen (visible all the way up) and returns it. */
    <T extends Node> T shown(String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().filter(UiSteps::visible).isPresent());
        return robot.lookup(query).query();
    }

    boolean isShown(String query) {
        return robot.lookup(query).tryQuery().filter(UiSteps::visible).isPresent();
    }

    void type(String query, String text) {
        TextInputControl field = shown(query);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text);
    }

    void click(String query) {
        Node node = shown(query);
        waitUntil(() -> !node.isDisabled());
        robot.clickOn(node);
    }

    void clickText(String styleClass, String text) {
        waitUntil(() -> robot.lookup(styleClass).queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && text.equals(l.getText()) && visible(n)));
        Node node = robot.lookup(styleClass).queryAll().stream()
                .filter(n -> n instanceof Labeled l && text.equals(l.getText()) && visible(n))
                .findFirst().orElseThrow();
        robot.clickOn(node);
    }

    String text(String query) {
        Node node = shown(query);
        return node instanceof TextInputControl input ? input.getText() : ((Labeled) node).getText();
    }

    void connect() {
        click("#connectButton");
    }

    void signIn(String email, String password) {
        type("#email", email);
        type("#password", password);
        click("#signInButton");
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }
}
