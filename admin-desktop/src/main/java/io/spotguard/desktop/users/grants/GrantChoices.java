package io.spotguard.desktop.users.grants;

import io.spotguard.model.rbac.Holdings;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.tenancy.Spot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the signed-in admin can grant, and where. The server refuses a grant outside the admin's users.grant scope
 * and a role carrying a permission the admin does not hold there (no privilege escalation); offering only what
 * passes both spares the admin choices that can only fail.
 */
final class GrantChoices {
    private final Holdings rights;

    GrantChoices(Holdings rights) {
        this.rights = rights;
    }

    /** The whole organization first (if the admin grants over it), then their spots by name. */
    List<GrantScope> scopes(List<Spot> spots) {
        List<GrantScope> scopes = new ArrayList<>();
        if (rights.organizationWide(Permission.USERS_GRANT)) {
            scopes.add(GrantScope.WHOLE_ORGANIZATION);
        }
        spots.stream()
                .filter(spot -> rights.at(spot.id()).contains(Permission.USERS_GRANT))
                .sorted(Comparator.comparing(Spot::name))
                .map(GrantScope::of)
                .forEach(scopes::add);
        return scopes;
    }

    /** The roles whose every permission the admin holds over {@code scope}, by name. */
    List<Role> roles(List<Role> all, GrantScope scope) {
        if (scope == null) {
            return List.of();
        }
        Set<Permission> held = rights.at(scope.spotId());
        return all.stream()
                .filter(role -> held.containsAll(role.permissions()))
                .sorted(Comparator.comparing(Role::name))
                .toList();
    }
}
