package io.spotguard.desktop.ui;

import io.spotguard.model.Page;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list that the server fills one page at a time, on demand: a table asks for more only when the admin scrolls
 * to its end, so a hundred thousand rows cost what the admin actually looks at. A page that arrives after the
 * list was reset (say, the search text changed meanwhile) is dropped.
 */
public final class PagedLoader<T> {
    private final TaskRunner runner;
    private final Notifier notifier;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore", false);
    private Function<String, Page<T>> source;
    private String nextCursor;
    private long generation;

    public PagedLoader(TaskRunner runner, Notifier notifier) {
        this.runner = runner;
        this.notifier = notifier;
    }

    public ObservableList<T> items() {
        return items;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Starts over with {@code pageSource} (cursor, null for the first page, to page) and loads the first page. */
    public void reset(Function<String, Page<T>> pageSource) {
        generation++;
        source = pageSource;
        nextCursor = null;
        items.clear();
        hasMore.set(true);
        loading.set(false);
        loadMore();
    }

    /** Loads the next page unless one is on its way or there is none. */
    public void loadMore() {
        if (loading.get() || !hasMore.get() || source == null) {
            return;
        }
        loading.set(true);
        long requestedIn = generation;
        Function<String, Page<T>> pageSource = source;
        String cursor = nextCursor;
        runner.run(() -> pageSource.apply(cursor)).onSuccess(page -> {
            if (requestedIn != generation) {
                return;
            }
            items.addAll(page.items());
            nextCursor = page.nextCursor();
            hasMore.set(nextCursor != null);
            loading.set(false);
        }).onFailure(error -> {
            if (requestedIn == generation) {
                loading.set(false);
            }
            notifier.failure(error);
        });
    }

    /** Swaps in a changed row (e.g. after disabling a user) without reloading the pages around it. */
    public void replace(UnaryOperator<T> replacement) {
        items.replaceAll(replacement);
    }
}
