package io.spotguard.server.security;

import java.util.Set;

/**
 * Where a caller holds a permission: over the whole organization, or over some spots only. Lists use it to
 * show a spot admin exactly their spots' data.
 */
public record Reach(boolean wholeOrganization, Set<String> spotIds) {
    public Reach {
        spotIds = Set.copyOf(spotIds);
    }

    public static Reach organization() {
        return new Reach(true, Set.of());
    }

    public boolean covers(String spotId) {
        return wholeOrganization || (spotId != null && spotIds.contains(spotId));
    }
}
