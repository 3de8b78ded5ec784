package io.spotguard.model.me;

import io.spotguard.model.rbac.Holdings;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in user: profile, organization, grants, the spots they can reach and what they may do over the
 * whole organization and in each spot (clients use these to decide which screens and actions to offer; the
 * server checks every call anyway). {@code spotPermissions} lists only what spot-scoped grants add.
 */
public record Me(User user, Organization organization, List<RoleMapping> grants, List<Spot> spots,
                 Set<Permission> organizationPermissions, Map<String, Set<Permission>> spotPermissions) {
    public Me {
        grants = List.copyOf(grants);
        spots = List.copyOf(spots);
        organizationPermissions = Set.copyOf(organizationPermissions);
        spotPermissions = spotPermissions == null ? Map.of() : Map.copyOf(spotPermissions);
    }

    /** The two permission fields read by the same rule the server decides with. */
    public Holdings holdings() {
        return new Holdings(organizationPermissions, spotPermissions);
    }
}
