package io.spotguard.desktop.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Table helpers: text columns from a function, and asking for more rows when the last ones come into view. */
public final class Tables {
    private static final int LOAD_AHEAD_ROWS = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private Tables() {
    }

    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : nullToEmpty(text.apply(cell.getValue()))));
        return column;
    }

    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The day only: where the hour tells an admin nothing (when a user was created), it only costs width. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /**
     * Calls {@code loadMore} when a row near the end is laid out. Only rows in view are laid out, so this is
     * exactly "the admin scrolled to the end" without reaching into the table's skin.
     */
    public static <T> void loadMoreNearEnd(TableView<T> table, Runnable loadMore) {
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            public void updateIndex(int index) {
                super.updateIndex(index);
                int size = view.getItems().size();
                if (index >= 0 && size > 0 && index >= size - LOAD_AHEAD_ROWS) {
                    // Not during layout: loading changes state that layout may be reading.
                    Platform.runLater(loadMore);
                }
            }
        });
    }

    public static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
