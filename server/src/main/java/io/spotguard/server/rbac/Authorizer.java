package io.spotguard.server.rbac;

import io.spotguard.model.ErrorCodes;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.rbac.Permission;
import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.audit.AuditRecord;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Caller;
import io.spotguard.server.tenancy.SpotDirectory;
import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The one authorization check. Deny by default: a caller may act on an organization's data only as a member
 * of that organization (anything else is a 404, its existence unconfirmed) and only with a role mapping that
 * carries the permission over the whole organization or over the spot concerned (otherwise 403). Every
 * refusal is audited at once.
 */
public final class Authorizer {
    private final Database database;
    private final RbacRepository repository;
    private final SpotDirectory spots;
    private final AuditLog audit;

    Authorizer(Database database, RbacRepository repository, SpotDirectory spots, AuditLog audit) {
        this.database = database;
        this.repository = repository;
        this.spots = spots;
        this.audit = audit;
    }

    /** The caller must hold the permission over the organization ({@code spotId} null) or over that spot. */
    public void require(Caller caller, String orgId, Permission permission, String spotId) {
        requireMember(caller, orgId);
        if (spotId != null && !spots.exists(orgId, spotId)) {
            throw ApiException.notFound();
        }
        if (!database.inTransaction(h -> repository.holds(h, caller.userId(), permission, spotId))) {
            throw deny(caller, permission, spotId);
        }
    }

    /** The caller must belong to the organization; the data of other organizations is answered 404. */
    public void requireMember(Caller caller, String orgId) {
        if (!caller.orgId().equals(orgId)) {
            audit.recordNow(AuditRecord.denied(AuditAction.ACCESS_DENIED).by(caller)
                    .target("organization", clip(orgId), null).detail("reason", "other_organization"));
            throw ApiException.notFound();
        }
    }

    /** Where the caller holds the permission; refused when nowhere. */
    public Reach reach(Caller caller, String orgId, Permission permission) {
        requireMember(caller, orgId);
        return permissionsOf(caller.userId()).reach(permission).orElseThrow(() -> deny(caller, permission, null));
    }

    public Permissions permissionsOf(String userId) {
        return database.inTransaction(h -> permissionsOf(h, userId));
    }

    public Permissions permissionsOf(Handle h, String userId) {
        return new Permissions(repository.permissionsByScope(h, userId));
    }

    /**
     * Nobody hands out more than they hold: granting, revoking or defining a role needs every permission of
     * that role at the same scope.
     */
    public void requireHoldsAll(Caller caller, Set<Permission> permissions, String spotId) {
        Set<Permission> missing = new HashSet<>(permissions);
        missing.removeAll(permissionsOf(caller.userId()).at(spotId));
        if (!missing.isEmpty()) {
            audit.recordNow(denial(caller, spotId)
                    .detail("reason", "privilege_escalation")
                    .detail("missing", missing.stream().map(Permission::wireName).sorted().toList()));
            throw ApiException.forbidden(ErrorCodes.PRIVILEGE_ESCALATION,
                    "You can only grant or define roles whose permissions you hold yourself.");
        }
    }

    private ApiException deny(Caller caller, Permission permission, String spotId) {
        audit.recordNow(denial(caller, spotId).detail("permission", permission.wireName()));
        return ApiException.forbidden();
    }

    /** A refusal in the caller's organization, about the spot concerned or the organization itself. */
    private static AuditRecord denial(Caller caller, String spotId) {
        return AuditRecord.denied(AuditAction.ACCESS_DENIED).by(caller)
                .target(spotId == null ? "organization" : "spot", spotId == null ? caller.orgId() : spotId, null);
    }

    private static String clip(String id) {
        return id == null || id.length() <= 64 ? id : id.substring(0, 64);
    }
}
