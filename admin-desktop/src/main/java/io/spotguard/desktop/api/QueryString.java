package io.spotguard.desktop.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A query string from named values; absent (null or blank) values are left out rather than sent empty. */
final class QueryString {
    private QueryString() {
    }

    static String of(Map<String, String> values) {
        String joined = values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return joined.isEmpty() ? "" : "?" + joined;
    }

    // %20 rather than '+': '+' means a space only in HTML forms, and some servers read it literally.
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
