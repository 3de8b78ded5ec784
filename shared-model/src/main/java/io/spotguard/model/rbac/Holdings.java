package io.spotguard.model.rbac;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one user's grants allow, by scope: the permissions held over the whole organization, and what spot-scoped
 * grants add in each spot. The server decides with this rule and clients offer only what it will allow, so both
 * read it from here rather than each keeping a copy that could drift.
 */
public record Holdings(Set<Permission> organization, Map<String, Set<Permission>> spots) {
    public Holdings {
        organization = Set.copyOf(organization);
        spots = spots.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> Set.copyOf(e.getValue())));
    }

    /**
     * Everything held in one spot, where organization-wide grants count too; over the organization itself when
     * {@code spotId} is null.
     */
    public Set<Permission> at(String spotId) {
        EnumSet<Permission> held = EnumSet.noneOf(Permission.class);
        held.addAll(organization);
        if (spotId != null) {
            held.addAll(spots.getOrDefault(spotId, Set.of()));
        }
        return Collections.unmodifiableSet(held);
    }

    public boolean organizationWide(Permission permission) {
        return organization.contains(permission);
    }

    /** Held over the organization or over at least one spot. */
    public boolean anywhere(Permission permission) {
        return organizationWide(permission) || !spotsGiving(permission).isEmpty();
    }

    /** The spots whose own grants give the permission; organization-wide grants are not counted here. */
    public Set<String> spotsGiving(Permission permission) {
        return spots.entrySet().stream().filter(e -> e.getValue().contains(permission))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }
}
