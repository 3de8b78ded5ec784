package io.spotguard.server.security;

/** Whether a spot exists in an organization (kept by the tenancy feature): a route scoped to a spot needs it. */
public interface SpotCheck {
    boolean exists(String orgId, String spotId);
}
