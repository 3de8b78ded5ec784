package io.spotguard.desktop.api;

import io.spotguard.model.ApiPaths;
import java.util.LinkedHashMap;
import java.util.Map;

/** The query for one page of a list the server pages: the list's own filter, the page size and where to go on. */
final class PageQuery {
    private PageQuery() {
    }

    static Map<String, String> of(Map<String, String> filter, int limit, String cursor) {
        Map<String, String> all = new LinkedHashMap<>(filter);
        all.put(ApiPaths.PARAM_LIMIT, Integer.toString(limit));
        all.put(ApiPaths.PARAM_CURSOR, cursor);
        return all;
    }
}
