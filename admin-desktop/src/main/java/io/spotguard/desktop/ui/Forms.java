package io.spotguard.desktop.ui;

import java.util.function.Function;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small building blocks so every screen looks the same. */
public final class Forms {
    private Forms() {
    }

    public static VBox card(Node... children) {
        VBox card = new VBox(12, children);
        card.getStyleClass().add("card");
        return card;
    }

    public static VBox field(String label, Node input) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(input);
        return new VBox(4, caption, input);
    }

    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("title");
        return title;
    }

    public static Label subtitle(String text) {
        Label subtitle = new Label(text);
        subtitle.getStyleClass().add("subtitle");
        subtitle.setWrapText(true);
        return subtitle;
    }

    public static Button button(String id, String text, String style, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Shown only while {@code busy}; takes no room otherwise. */
    public static ProgressIndicator spinner(BooleanExpression busy) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("spinner");
        spinner.setMaxSize(22, 22);
        spinner.visibleProperty().bind(busy);
        spinner.managedProperty().bind(busy);
        return spinner;
    }

    public static Region grow() {
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    public static VBox centered(Node content) {
        VBox box = new VBox(content);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("centered");
        return box;
    }

    /** A warning that takes room only when there is something to say. */
    public static Label warning(String id, javafx.beans.value.ObservableStringValue text) {
        Label warning = new Label();
        warning.setId(id);
        warning.getStyleClass().add("warning-box");
        warning.setWrapText(true);
        warning.textProperty().bind(text);
        warning.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    /** Shows each choice of a list or combo box as {@code text} says; the lists are choose-only, never typed into. */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
