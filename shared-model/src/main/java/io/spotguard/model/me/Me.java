package io.spotguard.model.me;

import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user: profile, organization, grants, the spots they can reach and what they may do over the
 * whole organization (clients use it to decide which screens to offer; the server checks every call anyway).
 */
public record Me(User user, Organization organization, List<RoleMapping> grants, List<Spot> spots,
                 Set<Permission> organizationPermissions) {
    public Me {
        grants = List.copyOf(grants);
        spots = List.copyOf(spots);
        organizationPermissions = Set.copyOf(organizationPermissions);
    }
}
