package io.spotguard.desktop;

import io.spotguard.model.me.Me;
import io.spotguard.model.rbac.Permission;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the signed-in user may do, and where, as {@link Me} told at sign-in. The console uses it only to offer
 * what can work: a spot admin holds their rights over one spot, not the organization, and must be shown that
 * spot's screens and choices. The server checks every call anyway.
 */
public final class Rights {
    private final Me me;

    public Rights(Me me) {
        this.me = me;
    }

    /** Held over the whole organization. */
    public boolean organizationWide(Permission permission) {
        return me.organizationPermissions().contains(permission);
    }

    /** Held over the organization or over at least one spot. */
    public boolean anywhere(Permission permission) {
        return me.holdsAnywhere(permission);
    }

    /** Held over this spot, through a grant over the organization or over the spot itself. */
    public boolean inSpot(String spotId, Permission permission) {
        return at(spotId).contains(permission);
    }

    /** Everything held over the organization ({@code spotId} null) or over one spot, as the server counts it. */
    public Set<Permission> at(String spotId) {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        held.addAll(me.organizationPermissions());
        if (spotId != null) {
            held.addAll(me.spotPermissions().getOrDefault(spotId, Set.of()));
        }
        return held;
    }
}
