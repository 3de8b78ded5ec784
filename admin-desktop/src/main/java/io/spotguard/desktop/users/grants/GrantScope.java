package io.spotguard.desktop.users.grants;

import io.spotguard.model.tenancy.Spot;

/** Where a grant applies: the whole organization ({@code spotId} null) or one spot. */
public record GrantScope(String spotId, String spotName) {
    public static final GrantScope WHOLE_ORGANIZATION = new GrantScope(null, null);

    public static GrantScope of(Spot spot) {
        return new GrantScope(spot.id(), spot.name());
    }

    /** As a choice in a list: "Whole organization", "Spot: Head office". */
    public String label() {
        return spotId == null ? "Whole organization" : "Spot: " + spotName;
    }

    /** Inside a sentence, with the spot's name as the admin wrote it: "the whole organization", "spot Head office". */
    public String inSentence() {
        return spotId == null ? "the whole organization" : "spot " + spotName;
    }

    @Override
    public String toString() {
        return label();
    }
}
