package io.spotguard.server.http;

import io.spotguard.model.Page;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging: a list reads one row more than it shows; that extra row says whether a next page exists, and
 * the last row shown gives the position the next page continues after, sent to the client as an opaque cursor
 * that {@link QueryParams#cursor()} reads back.
 */
public final class Paging {
    private Paging() {
    }

    /** How many rows to read for a page of {@code limit}. */
    public static int rowsToRead(int limit) {
        return limit + 1;
    }

    public static <T> Page<T> page(List<T> rows, int limit, Function<T, String> positionOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> shown = List.copyOf(rows.subList(0, limit));
        String position = positionOf.apply(shown.getLast());
        return new Page<>(shown, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(position.getBytes(StandardCharsets.UTF_8)));
    }
}
