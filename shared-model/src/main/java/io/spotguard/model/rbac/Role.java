package io.spotguard.model.rbac;

import java.util.Set;

/** A role: a named set of permissions. Built-in roles exist in every organization and cannot be changed. */
public record Role(String id, String orgId, String name, boolean builtIn, Set<Permission> permissions) {
    public Role {
        permissions = Set.copyOf(permissions);
    }
}
