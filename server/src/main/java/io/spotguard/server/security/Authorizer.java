package io.spotguard.server.security;

import io.spotguard.model.ErrorCodes;
import io.spotguard.model.rbac.Permission;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Caller;
import java.util.EnumSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The one authorization check. Deny by default: a caller may act on an organization's data only as a member
 * of that organization (anything else is a 404, its existence unconfirmed) and only with a role mapping that
 * carries the permission over the whole organization or over the spot concerned (otherwise 403). Every
 * refusal is reported at once.
 */
public final class Authorizer {
    private final PermissionSource permissions;
    private final SpotCheck spots;
    private final Refusals refusals;

    public Authorizer(PermissionSource permissions, SpotCheck spots, Refusals refusals) {
        this.permissions = permissions;
        this.spots = spots;
        this.refusals = refusals;
    }

    /**
     * The caller must hold the permission over the organization ({@code spotId} null) or over that spot (which
     * must exist). Checks that read the database take the caller's transaction, so a check and the change it
     * guards see the same data.
     */
    public void require(Handle h, Caller caller, String orgId, Permission permission, String spotId) {
        requireMember(caller, orgId);
        if (spotId != null && !spots.exists(h, orgId, spotId)) {
            throw ApiException.notFound();
        }
        requireHeld(caller, permission, spotId);
    }

    /** The permission over the whole organization, read from the caller's grants: no query. */
    public void require(Caller caller, String orgId, Permission permission) {
        requireMember(caller, orgId);
        requireHeld(caller, permission, null);
    }

    private void requireHeld(Caller caller, Permission permission, String spotId) {
        if (!Permissions.of(caller).at(spotId).contains(permission)) {
            throw deny(caller, permission, spotId);
        }
    }

    /** The caller must belong to the organization; the data of other organizations is answered 404. */
    public void requireMember(Caller caller, String orgId) {
        if (!caller.orgId().equals(orgId)) {
            refusals.otherOrganization(caller, orgId);
            throw ApiException.notFound();
        }
    }

    /** Where the caller holds the permission; refused when nowhere. */
    public Reach reach(Caller caller, String orgId, Permission permission) {
        requireMember(caller, orgId);
        return Permissions.of(caller).reach(permission).orElseThrow(() -> deny(caller, permission, null));
    }


    /**
     * Nobody hands out more than they hold: granting, revoking or defining a role needs every permission of
     * that role at the same scope.
     */
    public void requireHoldsAll(Caller caller, Set<Permission> required, String spotId) {
        Set<Permission> missing = EnumSet.noneOf(Permission.class);
        missing.addAll(required);
        missing.removeAll(Permissions.of(caller).at(spotId));
        if (!missing.isEmpty()) {
            refusals.privilegeEscalation(caller, spotId, missing);
            throw ApiException.forbidden(ErrorCodes.PRIVILEGE_ESCALATION,
                    "You can only grant or define roles whose permissions you hold yourself.");
        }
    }

    /**
     * Nobody acts on an account that holds more than they do: editing, disabling, resetting the password of,
     * ending the sessions of, granting to or revoking from a user is refused when that user holds a permission
     * the caller lacks over the same scope — the whole organization ({@code spotId} null, for actions on the
     * account itself) or one spot (for a grant there). Otherwise an admin could take over an owner's account
     * and hold everything the owner holds. A user of another organization holds nothing here, so the feature's
     * own look-up answers 404 for them, as for anyone unknown.
     */
    public void requireCovers(Handle h, Caller caller, String orgId, String targetUserId, String spotId) {
        Permissions target = permissions.permissionsOf(h, orgId, targetUserId);
        Set<Permission> missing = Permissions.of(caller).missingToCover(target, spotId);
        if (!missing.isEmpty()) {
            refusals.targetOutranksCaller(caller, targetUserId, spotId, missing);
            throw ApiException.forbidden(ErrorCodes.TARGET_OUTRANKS_CALLER,
                    "This account holds rights you do not hold, so only someone who holds them can change it.");
        }
    }

    private ApiException deny(Caller caller, Permission permission, String spotId) {
        refusals.missingPermission(caller, permission, spotId);
        return ApiException.forbidden();
    }
}
