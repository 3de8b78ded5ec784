package io.spotguard.server.audit;

import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditOutcome;
import io.spotguard.server.http.Caller;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An audit event about to be written. Details are small facts for people; the writer refuses keys that look
 * like secrets, so a password, token or key cannot slip in by accident.
 */
public final class AuditRecord {
    final AuditAction action;
    final AuditOutcome outcome;
    String orgId;
    String actorId;
    String actorLabel;
    String targetType;
    String targetId;
    String targetLabel;
    String ip;
    String deviceId;
    final Map<String, String> details = new LinkedHashMap<>();

    private AuditRecord(AuditAction action, AuditOutcome outcome) {
        this.action = action;
        this.outcome = outcome;
    }

    public static AuditRecord success(AuditAction action) {
        return new AuditRecord(action, AuditOutcome.SUCCESS);
    }

    public static AuditRecord failure(AuditAction action) {
        return new AuditRecord(action, AuditOutcome.FAILURE);
    }

    public static AuditRecord denied(AuditAction action) {
        return new AuditRecord(action, AuditOutcome.DENIED);
    }

    /** The caller as actor, in the caller's organization, from the caller's address and device. */
    public AuditRecord by(Caller caller) {
        this.orgId = caller.orgId();
        this.actorId = caller.userId();
        this.actorLabel = caller.email();
        this.ip = caller.ip();
        this.deviceId = caller.deviceId();
        return this;
    }

    public AuditRecord reason(AuditReason reason) {
        return detail("reason", reason.wireName());
    }

    public AuditRecord org(String orgId) {
        this.orgId = orgId;
        return this;
    }

    public AuditRecord actor(String actorId, String actorLabel) {
        this.actorId = actorId;
        this.actorLabel = actorLabel;
        return this;
    }

    public AuditRecord client(String ip, String deviceId) {
        this.ip = ip;
        this.deviceId = deviceId;
        return this;
    }

    public AuditRecord target(AuditTarget type, String id, String label) {
        this.targetType = type.wireName();
        this.targetId = id;
        this.targetLabel = label;
        return this;
    }

    public AuditRecord detail(String key, Object value) {
        if (value != null) {
            details.put(key, String.valueOf(value));
        }
        return this;
    }
}
