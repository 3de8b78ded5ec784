package io.spotguard.model;

import java.util.List;

/**
 * One page of a keyset-paged list. {@code nextCursor} is opaque to clients and null on the last page.
 */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
}
