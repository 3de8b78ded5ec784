package io.spotguard.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.spotguard.server.db.Database;
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
    private final AuditRepository repository;

    public AuditLog(Database database) {
        this.database = database;
        this.repository = new AuditRepository();
    }

    /** Appends the event in the caller's transaction: it commits or rolls back with the change it records. */
    public void append(Handle handle, AuditRecord record) {
        repository.insert(handle, record, database.now(), clip(record.actorLabel), clip(record.targetLabel),
                details(record));
    }

    public void recordNow(AuditRecord record) {
        database.useOwnTransaction(handle -> append(handle, record));
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
