package io.spotguard.desktop.api;

import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditOutcome;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which audit events to list; every part is optional. {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, String actorId, AuditAction action, String targetId,
                          AuditOutcome outcome) {
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", from == null ? null : from.toString());
        query.put("to", to == null ? null : to.toString());
        query.put("actor", actorId);
        query.put("action", action == null ? null : action.wireName());
        query.put("target", targetId);
        query.put("outcome", outcome == null ? null : outcome.name());
        return query;
    }
}
