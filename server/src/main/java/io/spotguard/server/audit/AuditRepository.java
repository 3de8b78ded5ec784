package io.spotguard.server.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.audit.AuditOutcome;
import io.spotguard.server.db.Sql;
import io.spotguard.server.http.Json;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** SQL of the audit log: the one INSERT, and reading one organization's events newest first, keyset-paged. */
final class AuditRepository {
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    void insert(Handle handle, AuditRecord record, Instant at, String actorLabel, String targetLabel, String details) {
        handle.createUpdate("""
                        INSERT INTO audit_event (org_id, at, actor_id, actor_label, action, target_type, target_id,
                            target_label, outcome, ip, device_id, details)
                        VALUES (:org, :at, :actorId, :actorLabel, :action, :targetType, :targetId, :targetLabel,
                            :outcome, :ip, :deviceId, :details)""")
                .bind("org", record.orgId)
                .bind("at", Sql.utc(at))
                .bind("actorId", record.actorId)
                .bind("actorLabel", actorLabel)
                .bind("action", record.action.wireName())
                .bind("targetType", record.targetType)
                .bind("targetId", record.targetId)
                .bind("targetLabel", targetLabel)
                .bind("outcome", record.outcome.name())
                .bind("ip", record.ip)
                .bind("deviceId", record.deviceId)
                .bind("details", details)
                .execute();
    }

    List<AuditEvent> page(Handle h, String orgId, AuditQuery query, int rows) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, org_id, at, actor_id, actor_label, action, target_type, target_id, target_label, outcome,
                       ip, device_id, details
                FROM audit_event WHERE org_id = :org""");
        Map<String, Object> params = new HashMap<>();
        params.put("org", orgId);
        if (query.from() != null) {
            sql.append(" AND at >= :from");
            params.put("from", Sql.utc(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND at < :to");
            params.put("to", Sql.utc(query.to()));
        }
        if (query.actorId() != null) {
            sql.append(" AND actor_id = :actor");
            params.put("actor", query.actorId());
        }
        if (query.action() != null) {
            sql.append(" AND action = :action");
            params.put("action", query.action().wireName());
        }
        if (query.targetId() != null) {
            sql.append(" AND target_id = :target");
            params.put("target", query.targetId());
        }
        if (query.outcome() != null) {
            sql.append(" AND outcome = :outcome");
            params.put("outcome", query.outcome().name());
        }
        if (query.beforeId() != null) {
            sql.append(" AND id < :before");
            params.put("before", query.beforeId());
        }
        sql.append(" ORDER BY id DESC LIMIT :rows");
        return h.createQuery(sql.toString()).bindMap(params).bind("rows", rows)
                .map((rs, ctx) -> new AuditEvent(rs.getLong("id"), rs.getString("org_id"), Sql.instant(rs, "at"),
                        rs.getString("actor_id"), rs.getString("actor_label"),
                        AuditAction.fromWireName(rs.getString("action")), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("target_label"),
                        AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("ip"), rs.getString("device_id"),
                        details(rs.getString("details"))))
                .list();
    }

    private static Map<String, String> details(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return Json.mapper().readValue(json, DETAILS);
        } catch (java.io.IOException e) {
            return Map.of("unreadable", "true");
        }
    }
}
