package io.spotguard.server.rbac;

import io.spotguard.model.rbac.Holdings;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.server.db.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * SQL of roles, the ACL and role mappings. Queries by role, mapping or spot are bound to an organization;
 * queries by user id need not be, as a user belongs to exactly one organization.
 */
final class RbacRepository {
    /** The scope key of an organization-wide grant. */
    static final String ORG_SCOPE = "";

    static String scopeKey(String spotId) {
        return spotId == null ? ORG_SCOPE : spotId;
    }

    /**
     * Every permission the user's grants in the organization carry, by scope key ('' for the whole organization).
     * Bound to the organization, so a user id from elsewhere holds nothing here.
     */
    Holdings holdings(Handle h, String orgId, String userId) {
        Map<String, Set<Permission>> byScope = new HashMap<>();
        h.createQuery("""
                        SELECT DISTINCT m.scope_key, p.permission FROM role_mapping m
                        JOIN role_permission p ON p.role_id = m.role_id WHERE m.org_id = :org AND m.user_id = :user""")
                .bind("org", orgId).bind("user", userId)
                .map((rs, ctx) -> Map.entry(rs.getString("scope_key"), Permission.fromWireName(rs.getString("permission"))))
                .forEach(e -> byScope.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Permission.class)).add(e.getValue()));
        Set<Permission> organization = byScope.remove(ORG_SCOPE);
        return new Holdings(organization == null ? Set.of() : organization, byScope);
    }

    Role insertRole(Handle h, String orgId, String name, boolean builtIn, Set<Permission> permissions,
                    Instant at) {
        String id = Sql.newId();
        h.createUpdate("INSERT INTO role (id, org_id, name, built_in, created_at) VALUES (:id, :org, :name, :builtIn, :at)")
                .bind("id", id).bind("org", orgId).bind("name", name).bind("builtIn", builtIn)
                .bind("at", Sql.utc(at)).execute();
        insertPermissions(h, id, permissions);
        return new Role(id, orgId, name, builtIn, permissions);
    }

    void replacePermissions(Handle h, String roleId, String name, Set<Permission> permissions) {
        h.createUpdate("UPDATE role SET name = :name WHERE id = :id").bind("name", name).bind("id", roleId).execute();
        h.createUpdate("DELETE FROM role_permission WHERE role_id = :id").bind("id", roleId).execute();
        insertPermissions(h, roleId, permissions);
    }

    private void insertPermissions(Handle h, String roleId, Set<Permission> permissions) {
        var batch = h.prepareBatch("INSERT INTO role_permission (role_id, permission) VALUES (:role, :permission)");
        for (Permission permission : permissions) {
            batch.bind("role", roleId).bind("permission", permission.wireName()).add();
        }
        batch.execute();
    }

    void deleteRole(Handle h, String roleId) {
        h.createUpdate("DELETE FROM role WHERE id = :id").bind("id", roleId).execute();
    }

    List<Role> roles(Handle h, String orgId) {
        return loadRoles(h, "r.org_id = :org", Map.of("org", orgId));
    }

    Optional<Role> role(Handle h, String orgId, String roleId) {
        return loadRoles(h, "r.org_id = :org AND r.id = :id", Map.of("org", orgId, "id", roleId)).stream().findFirst();
    }

    Optional<Role> roleByName(Handle h, String orgId, String name) {
        return loadRoles(h, "r.org_id = :org AND r.name = :name", Map.of("org", orgId, "name", name))
                .stream().findFirst();
    }

    boolean roleNameTaken(Handle h, String orgId, String name, String exceptRoleId) {
        return h.createQuery("SELECT COUNT(*) FROM role WHERE org_id = :org AND LOWER(name) = LOWER(:name) AND id <> :id")
                .bind("org", orgId).bind("name", name).bind("id", exceptRoleId == null ? "" : exceptRoleId)
                .mapTo(Integer.class).one() > 0;
    }

    private List<Role> loadRoles(Handle h, String where, Map<String, Object> params) {
        record Row(String id, String orgId, String name, boolean builtIn, String permission) {
        }
        List<Row> rows = h.createQuery("""
                        SELECT r.id, r.org_id, r.name, r.built_in, p.permission
                        FROM role r LEFT JOIN role_permission p ON p.role_id = r.id
                        WHERE %s ORDER BY r.built_in DESC, r.name""".formatted(where))
                .bindMap(params)
                .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("org_id"), rs.getString("name"),
                        rs.getBoolean("built_in"), rs.getString("permission")))
                .list();
        Map<String, List<Row>> byRole = new LinkedHashMap<>();
        rows.forEach(row -> byRole.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row));
        return byRole.values().stream().map(group -> {
            EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
            group.stream().map(Row::permission).filter(p -> p != null)
                    .forEach(p -> permissions.add(Permission.fromWireName(p)));
            Row first = group.getFirst();
            return new Role(first.id(), first.orgId(), first.name(), first.builtIn(), permissions);
        }).toList();
    }

    int mappingsOfRole(Handle h, String roleId) {
        return h.createQuery("SELECT COUNT(*) FROM role_mapping WHERE role_id = :role").bind("role", roleId)
                .mapTo(Integer.class).one();
    }

    /** A mapping row before names are attached: ids only, as stored. */
    record MappingRow(String id, String orgId, String userId, String roleId, String roleName, String spotId,
                      Instant grantedAt) {
        RoleMapping withNames(Map<String, String> emails, Map<String, String> spotNames) {
            return new RoleMapping(id, orgId, userId, emails.get(userId), roleId, roleName, spotId,
                    spotId == null ? null : spotNames.get(spotId), grantedAt);
        }
    }

    MappingRow insertMapping(Handle h, String orgId, String userId, Role role, String spotId, String grantedBy,
                             Instant at) {
        MappingRow row = new MappingRow(Sql.newId(), orgId, userId, role.id(), role.name(), spotId, at);
        h.createUpdate("""
                        INSERT INTO role_mapping (id, org_id, user_id, role_id, spot_id, scope_key, granted_at, granted_by)
                        VALUES (:id, :org, :user, :role, :spot, :scope, :at, :by)""")
                .bind("id", row.id()).bind("org", orgId).bind("user", userId).bind("role", role.id())
                .bind("spot", spotId).bind("scope", scopeKey(spotId)).bind("at", Sql.utc(row.grantedAt()))
                .bind("by", grantedBy).execute();
        return row;
    }

    boolean mappingExists(Handle h, String userId, String roleId, String spotId) {
        return h.createQuery("""
                        SELECT COUNT(*) FROM role_mapping WHERE user_id = :user AND role_id = :role AND scope_key = :scope""")
                .bind("user", userId).bind("role", roleId).bind("scope", scopeKey(spotId))
                .mapTo(Integer.class).one() > 0;
    }

    Optional<MappingRow> mapping(Handle h, String orgId, String mappingId) {
        return mappings(h, orgId, "m.id = :id", Map.of("id", mappingId)).stream().findFirst();
    }

    List<MappingRow> mappings(Handle h, String orgId, String userId, String spotId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (userId != null) {
            where.append(" AND m.user_id = :user");
            params.put("user", userId);
        }
        if (spotId != null) {
            where.append(" AND m.scope_key = :scope");
            params.put("scope", spotId);
        }
        return mappings(h, orgId, where.toString(), params);
    }

    private List<MappingRow> mappings(Handle h, String orgId, String where, Map<String, Object> params) {
        return h.createQuery("""
                        SELECT m.id, m.org_id, m.user_id, m.role_id, r.name AS role_name, m.spot_id, m.granted_at
                        FROM role_mapping m JOIN role r ON r.id = m.role_id
                        WHERE m.org_id = :org AND %s ORDER BY m.granted_at, m.id""".formatted(where))
                .bind("org", orgId).bindMap(params)
                .map((rs, ctx) -> new MappingRow(rs.getString("id"), rs.getString("org_id"), rs.getString("user_id"),
                        rs.getString("role_id"), rs.getString("role_name"), rs.getString("spot_id"),
                        Sql.instant(rs, "granted_at")))
                .list();
    }

    void deleteMapping(Handle h, String mappingId) {
        h.createUpdate("DELETE FROM role_mapping WHERE id = :id").bind("id", mappingId).execute();
    }

    /** Users holding the role organization-wide; the caller filters by account status. */
    List<String> orgWideHolders(Handle h, String roleId) {
        return h.createQuery("SELECT user_id FROM role_mapping WHERE role_id = :role AND scope_key = ''")
                .bind("role", roleId).mapTo(String.class).list();
    }

    /** Users with any grant in one of the spots. */
    Set<String> usersInSpots(Handle h, Collection<String> spotIds) {
        if (spotIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(h.createQuery("SELECT DISTINCT user_id FROM role_mapping WHERE scope_key IN (<spots>)")
                .bindList("spots", List.copyOf(spotIds)).mapTo(String.class).list());
    }
}
