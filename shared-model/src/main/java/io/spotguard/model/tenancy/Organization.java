package io.spotguard.model.tenancy;

/** A tenant. */
public record Organization(String id, String slug, String name) {
}
