package io.spotguard.server.security;

import io.spotguard.model.rbac.Holdings;
import io.spotguard.model.rbac.Permission;
import io.spotguard.server.http.Caller;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one user's grants allow, by scope, read in one query: what they may do over the whole
 * organization and what spot-scoped grants add in each spot. Which scope counts where is the shared
 * {@link Holdings} rule, the same one clients use to decide what to offer.
 */
public final class Permissions {
    private final Holdings holdings;

    public Permissions(Holdings holdings) {
        this.holdings = holdings;
    }

    /** What a caller's grants allow, as the token check read them for this request: no query. */
    public static Permissions of(Caller caller) {
        return new Permissions(caller.holdings());
    }

    public Holdings holdings() {
        return holdings;
    }

    public Set<Permission> organization() {
        return holdings.organization();
    }

    /** Only what spot-scoped grants add, per spot id. */
    public Map<String, Set<Permission>> spots() {
        return holdings.spots();
    }

    /** What the user may do in one spot (organization-wide grants count everywhere), or over the organization. */
    public Set<Permission> at(String spotId) {
        return holdings.at(spotId);
    }

    /**
     * What {@code target} holds that this user does not hold over the same scope: over the whole organization
     * ({@code spotId} null: every scope the target has a grant in, as an action on the whole account reaches
     * them all) or in one spot. Empty when this user covers the target there.
     */
    public Set<Permission> missingToCover(Permissions target, String spotId) {
        EnumSet<Permission> missing = EnumSet.noneOf(Permission.class);
        if (spotId != null) {
            missing.addAll(target.at(spotId));
            missing.removeAll(at(spotId));
            return missing;
        }
        missing.addAll(target.organization());
        missing.removeAll(organization());
        target.spots().forEach((spot, held) -> held.stream().filter(p -> !at(spot).contains(p))
                .forEach(missing::add));
        return missing;
    }

    /** Where the user holds the permission, if anywhere. */
    public Optional<Reach> reach(Permission permission) {
        if (holdings.organizationWide(permission)) {
            return Optional.of(Reach.organization());
        }
        Set<String> spotIds = holdings.spotsGiving(permission);
        return spotIds.isEmpty() ? Optional.empty() : Optional.of(new Reach(false, spotIds));
    }
}
