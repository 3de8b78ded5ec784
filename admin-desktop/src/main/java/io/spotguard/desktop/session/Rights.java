package io.spotguard.desktop.session;

import io.spotguard.model.me.Me;
import io.spotguard.model.rbac.Holdings;
import io.spotguard.model.rbac.Permission;
import java.util.Set;

/**
 * What the signed-in user may do, and where, as {@link Me} told at sign-in, read by the server's own rule
 * ({@link Holdings}). The console uses it only to offer what can work: a spot admin holds their rights over one
 * spot, not the organization, and must be shown that spot's screens and choices. The server checks every call anyway.
 */
public final class Rights {
    private final Holdings held;

    public Rights(Me me) {
        this.held = me.holdings();
    }

    /** Held over the whole organization. */
    public boolean organizationWide(Permission permission) {
        return held.organizationWide(permission);
    }

    /** Held over the organization or over at least one spot. */
    public boolean anywhere(Permission permission) {
        return held.anywhere(permission);
    }

    /** Held over this spot, through a grant over the organization or over the spot itself. */
    public boolean inSpot(String spotId, Permission permission) {
        return held.at(spotId).contains(permission);
    }

    /** Everything held over the organization ({@code spotId} null) or over one spot. */
    public Set<Permission> at(String spotId) {
        return held.at(spotId);
    }
}
