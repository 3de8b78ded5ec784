package io.spotguard.server.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.Page;
import io.spotguard.model.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;

/** Reads an organization's audit log through the API, as its owner. */
public final class AuditTrail {
    private static final TypeReference<Page<AuditEvent>> PAGE = new TypeReference<>() {
    };

    private AuditTrail() {
    }

    /** One page of events, newest first; {@code query} is the query string without '?' (may be empty). */
    public static Page<AuditEvent> page(HttpsClient http, Tenant tenant, String query) {
        return page(http, tenant.id(), tenant.owner().token(), query);
    }

    private static Page<AuditEvent> page(HttpsClient http, String orgId, String token, String query) {
        String path = ApiPaths.auditEvents(orgId) + (query.isEmpty() ? "" : "?" + query);
        var response = http.get(path, token);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + ": " + response);
        }
        return response.as(PAGE);
    }

    /** Every event matching the query, following the cursor to the end. */
    public static List<AuditEvent> all(HttpsClient http, Tenant tenant, String query) {
        return all(http, tenant.id(), tenant.owner().token(), query);
    }

    /** Every event of the organization matching the query, read with the token of someone allowed to. */
    public static List<AuditEvent> all(HttpsClient http, String orgId, String token, String query) {
        List<AuditEvent> events = new ArrayList<>();
        String cursor = null;
        do {
            String q = (query.isEmpty() ? "" : query + "&") + "limit=" + Page.MAX_LIMIT
                    + (cursor == null ? "" : "&cursor=" + cursor);
            Page<AuditEvent> page = page(http, orgId, token, q);
            events.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return events;
    }

    /** The raw JSON of every page of the organization's audit log, concatenated. */
    public static String rawJson(HttpsClient http, Tenant tenant) {
        StringBuilder raw = new StringBuilder();
        String cursor = null;
        do {
            String path = tenant.path("/audit-events?limit=" + Page.MAX_LIMIT + (cursor == null ? "" : "&cursor=" + cursor));
            var response = http.get(path, tenant.owner().token());
            if (response.status() != 200) {
                throw new AssertionError("GET " + path + ": " + response);
            }
            raw.append(response.body()).append('\n');
            cursor = response.json().path("nextCursor").asText(null);
        } while (cursor != null);
        return raw.toString();
    }
}
