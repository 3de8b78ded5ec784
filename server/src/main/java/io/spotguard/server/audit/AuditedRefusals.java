package io.spotguard.server.audit;

import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.rbac.Permission;
import io.spotguard.server.http.Caller;
import io.spotguard.server.security.Refusals;
import java.util.Set;

/** Authorization's refusals as audit events, each written at once in its own transaction. */
public final class AuditedRefusals implements Refusals {
    /** Ids a refused request named are clipped to the column; they may be anything a client sent. */
    private static final int ID_MAX = 64;
    private final AuditLog audit;

    public AuditedRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void otherOrganization(Caller caller, String orgId) {
        audit.recordNow(AuditRecord.denied(AuditAction.ACCESS_DENIED).by(caller)
                .target(AuditTarget.ORGANIZATION, clip(orgId), null).reason(AuditReason.OTHER_ORGANIZATION));
    }

    @Override
    public void missingPermission(Caller caller, Permission permission, String spotId) {
        audit.recordNow(denial(caller, spotId).reason(AuditReason.MISSING_PERMISSION)
                .detail("permission", permission.wireName()));
    }

    @Override
    public void privilegeEscalation(Caller caller, String spotId, Set<Permission> missing) {
        audit.recordNow(denial(caller, spotId).reason(AuditReason.PRIVILEGE_ESCALATION)
                .detail("missing", wireNames(missing)));
    }

    @Override
    public void targetOutranksCaller(Caller caller, String targetUserId, String spotId, Set<Permission> missing) {
        audit.recordNow(AuditRecord.denied(AuditAction.ACCESS_DENIED).by(caller)
                .target(AuditTarget.USER, targetUserId, null)
                .reason(AuditReason.TARGET_OUTRANKS_CALLER)
                .detail("spotId", spotId)
                .detail("missing", wireNames(missing)));
    }

    /** A refusal in the caller's organization, about the spot concerned or the organization itself. */
    private static AuditRecord denial(Caller caller, String spotId) {
        return AuditRecord.denied(AuditAction.ACCESS_DENIED).by(caller)
                .target(spotId == null ? AuditTarget.ORGANIZATION : AuditTarget.SPOT,
                        spotId == null ? caller.orgId() : spotId, null);
    }

    private static java.util.List<String> wireNames(Set<Permission> permissions) {
        return permissions.stream().map(Permission::wireName).sorted().toList();
    }

    private static String clip(String id) {
        return id == null || id.length() <= ID_MAX ? id : id.substring(0, ID_MAX);
    }
}
