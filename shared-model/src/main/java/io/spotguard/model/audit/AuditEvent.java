package io.spotguard.model.audit;

import java.time.Instant;
import java.util.Map;

/** One audited event. {@code details} holds small facts (never a password, token or key). */
public record AuditEvent(long id, String orgId, Instant at, String actorId, String actorLabel, AuditAction action,
                         String targetType, String targetId, String targetLabel, AuditOutcome outcome,
                         String ip, String deviceId, Map<String, String> details) {
    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
