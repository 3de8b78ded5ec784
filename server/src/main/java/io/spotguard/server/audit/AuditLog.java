package io.spotguard.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.spotguard.server.db.Database;
import io.spotguard.server.db.Sql;
import io.spotguard.server.http.Json;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The one audit writer. A change and its event commit together ({@link #append}); a failure or a refusal is
 * written at once in its own transaction ({@link #recordNow}), so the rollback of the attempt cannot hide it.
 */
public final class AuditLog {
    private static final Set<String> SECRET_WORDS = Set.of("password", "secret", "token", "key", "hash", "otp");
    private static final int MAX_TEXT = 254;
    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    public void append(Handle handle, AuditRecord record) {
        handle.createUpdate("""
                        INSERT INTO audit_event (org_id, at, actor_id, actor_label, action, target_type, target_id,
                            target_label, outcome, ip, device_id, details)
                        VALUES (:org, :at, :actorId, :actorLabel, :action, :targetType, :targetId, :targetLabel,
                            :outcome, :ip, :deviceId, :details)""")
                .bind("org", record.orgId)
                .bind("at", Sql.utc(database.now()))
                .bind("actorId", record.actorId)
                .bind("actorLabel", clip(record.actorLabel))
                .bind("action", record.action.wireName())
                .bind("targetType", record.targetType)
                .bind("targetId", record.targetId)
                .bind("targetLabel", clip(record.targetLabel))
                .bind("outcome", record.outcome.name())
                .bind("ip", record.ip)
                .bind("deviceId", record.deviceId)
                .bind("details", details(record))
                .execute();
    }

    public void recordNow(AuditRecord record) {
        database.useTransaction(handle -> append(handle, record));
    }

    private static String details(AuditRecord record) {
        if (record.details.isEmpty()) {
            return null;
        }
        for (String key : record.details.keySet()) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (SECRET_WORDS.stream().anyMatch(lower::contains)) {
                throw new IllegalArgumentException("Audit detail '" + key + "' looks like a secret");
            }
        }
        try {
            String json = Json.mapper().writeValueAsString(record.details);
            if (json.length() > 4000) {
                throw new IllegalArgumentException("Audit details too long for " + record.action);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
