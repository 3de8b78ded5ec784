package io.spotguard.model.tenancy;

import java.time.Instant;

/** A workspace inside an organization. */
public record Spot(String id, String orgId, String name, Instant createdAt) {
}
