package io.spotguard.server.security;

import org.jdbi.v3.core.Handle;

/** Where authorization reads what a user holds (the role grants, kept by the rbac feature). */
public interface PermissionSource {
    /** Everything the user's grants in the organization carry; nothing for a user of another organization. */
    Permissions permissionsOf(Handle h, String orgId, String userId);
}
