package io.spotguard.desktop.grants;

import io.spotguard.model.tenancy.Spot;

/** Where a grant applies: the whole organization ({@code spotId} null) or one spot. */
public record GrantScope(String spotId, String label) {
    public static final GrantScope WHOLE_ORGANIZATION = new GrantScope(null, "Whole organization");

    public static GrantScope of(Spot spot) {
        return new GrantScope(spot.id(), "Spot: " + spot.name());
    }

    @Override
    public String toString() {
        return label;
    }
}
