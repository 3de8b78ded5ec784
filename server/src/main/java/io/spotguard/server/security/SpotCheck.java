package io.spotguard.server.security;

import org.jdbi.v3.core.Handle;

/** Whether a spot exists in an organization (kept by the tenancy feature): a route scoped to a spot needs it. */
public interface SpotCheck {
    boolean exists(Handle h, String orgId, String spotId);
}
