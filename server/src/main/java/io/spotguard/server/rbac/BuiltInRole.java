package io.spotguard.server.rbac;

import io.spotguard.model.rbac.Permission;
import java.util.EnumSet;
import java.util.Set;

/** The roles every organization has. Their permissions are fixed; organizations add custom roles beside them. */
public enum BuiltInRole {
    OWNER(EnumSet.allOf(Permission.class)),
    ADMIN(EnumSet.complementOf(EnumSet.of(Permission.ORG_MANAGE))),
    SPOT_ADMIN(EnumSet.of(Permission.SPOTS_READ, Permission.SPOTS_MANAGE, Permission.USERS_READ,
            Permission.USERS_GRANT, Permission.ROLES_READ, Permission.DEVICES_MANAGE, Permission.DEVICES_WIPE,
            Permission.BANS_MANAGE, Permission.CONTENT_POST)),
    AUDITOR(EnumSet.of(Permission.SPOTS_READ, Permission.USERS_READ, Permission.ROLES_READ, Permission.AUDIT_READ)),
    MEMBER(EnumSet.of(Permission.SPOTS_READ, Permission.CONTENT_POST));

    private final Set<Permission> permissions;

    BuiltInRole(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
