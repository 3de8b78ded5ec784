package io.spotguard.server.rbac;

import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.rbac.RoleRequest;
import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.audit.AuditRecord;
import io.spotguard.server.audit.AuditTarget;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Caller;
import io.spotguard.server.security.Reach;
import io.spotguard.server.security.ScopedAccess;
import io.spotguard.server.tenancy.SpotDirectory;
import io.spotguard.server.users.AccountGrants;
import io.spotguard.server.users.Accounts;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Roles (built-in and custom) and grants. Nobody grants or defines more than they hold, nor grants to or revokes
 * from someone who holds more than they do in that scope.
 */
public final class RoleService implements AccountGrants {
    private final Database database;
    private final RbacRepository repository;
    private final Accounts accounts;
    private final SpotDirectory spots;
    private final AuditLog audit;

    RoleService(Database database, RbacRepository repository, Accounts accounts,
                SpotDirectory spots, AuditLog audit) {
        this.database = database;
        this.repository = repository;
        this.accounts = accounts;
        this.spots = spots;
        this.audit = audit;
    }

    /** Gives a new organization its built-in roles, in the transaction that creates it. */
    public void createBuiltInRoles(Handle h, String orgId) {
        for (BuiltInRole role : BuiltInRole.values()) {
            repository.insertRole(h, orgId, role.name(), true, role.permissions(), database.now());
        }
    }

    public List<Role> roles(String orgId) {
        return database.inTransaction(h -> repository.roles(h, orgId));
    }

    public Role createRole(ScopedAccess access, RoleRequest request) {
        String orgId = access.orgId();
        String name = request.name().strip();
        return database.inTransaction(h -> {
            access.require(h, null);
            access.requireHoldsAll(request.permissions(), null);
            requireFreeName(h, orgId, name, null);
            Role role = repository.insertRole(h, orgId, name, false, request.permissions(), database.now());
            audit.append(h, AuditRecord.success(AuditAction.ROLE_CREATE).by(access.caller())
                    .target(AuditTarget.ROLE, role.id(), name).detail("permissions", wireNames(role.permissions())));
            return role;
        });
    }

    public Role updateRole(ScopedAccess access, String roleId, RoleRequest request) {
        String orgId = access.orgId();
        String name = request.name().strip();
        return database.inTransaction(h -> {
            access.require(h, null);
            access.requireHoldsAll(request.permissions(), null);
            Role role = customRole(h, orgId, roleId);
            requireFreeName(h, orgId, name, roleId);
            repository.replacePermissions(h, roleId, name, request.permissions());
            audit.append(h, AuditRecord.success(AuditAction.ROLE_UPDATE).by(access.caller())
                    .target(AuditTarget.ROLE, roleId, name)
                    .detail("permissions", wireNames(request.permissions()))
                    .detail("previousPermissions", wireNames(role.permissions())));
            return new Role(roleId, orgId, name, false, request.permissions());
        });
    }

    public void deleteRole(Caller caller, String orgId, String roleId) {
        database.useTransaction(h -> {
            Role role = customRole(h, orgId, roleId);
            if (repository.mappingsOfRole(h, roleId) > 0) {
                throw ApiException.conflict(ErrorCodes.ROLE_IN_USE, "The role is still granted; revoke its grants first.");
            }
            repository.deleteRole(h, roleId);
            audit.append(h, AuditRecord.success(AuditAction.ROLE_DELETE).by(caller).target(AuditTarget.ROLE, roleId, role.name()));
        });
    }

    /** Authorization, the grant and its audit event in one transaction: they see the same grants. */
    public RoleMapping grant(ScopedAccess access, GrantRequest request) {
        String orgId = access.orgId();
        Caller caller = access.caller();
        return database.inTransaction(h -> {
            access.require(h, request.spotId());
            Role role = repository.role(h, orgId, request.roleId()).orElseThrow(() -> ApiException.validation(
                    List.of(new FieldError("roleId", "not_found", "no such role"))));
            access.requireHoldsAll(role.permissions(), request.spotId());
            access.requireCovers(h, request.userId(), request.spotId());
            var user = accounts.user(h, orgId, request.userId()).orElseThrow(() -> ApiException.validation(
                    List.of(new FieldError("userId", "not_found", "no such user"))));
            if (repository.mappingExists(h, user.id(), role.id(), request.spotId())) {
                throw ApiException.conflict(ErrorCodes.ROLE_ALREADY_GRANTED, "The user already holds this role there.");
            }
            var inserted = repository.insertMapping(h, orgId, user.id(), role, request.spotId(), caller.userId(),
                    database.now());
            audit.append(h, AuditRecord.success(AuditAction.ROLE_GRANT).by(caller)
                    .target(AuditTarget.USER, user.id(), user.email())
                    .detail("role", role.name()).detail("spotId", request.spotId()));
            return named(h, orgId, List.of(inserted), Map.of(user.id(), user.email())).getFirst();
        });
    }

    /** A grant made by the instance itself (bootstrap, demo), audited as the system's. */
    public void grantAsSystem(String orgId, String userId, Role role, String spotId) {
        database.useTransaction(h -> {
            if (!repository.mappingExists(h, userId, role.id(), spotId)) {
                repository.insertMapping(h, orgId, userId, role, spotId, null, database.now());
                String email = accounts.emails(h, orgId, List.of(userId)).get(userId);
                audit.append(h, AuditRecord.success(AuditAction.ROLE_GRANT).by(Caller.system(orgId))
                        .target(AuditTarget.USER, userId, email).detail("role", role.name()).detail("spotId", spotId));
            }
        });
    }

    public void revoke(ScopedAccess access, String mappingId) {
        String orgId = access.orgId();
        database.useTransaction(h -> {
            RbacRepository.MappingRow mapping = repository.mapping(h, orgId, mappingId).orElseThrow(ApiException::notFound);
            Role role = repository.role(h, orgId, mapping.roleId()).orElseThrow();
            access.require(h, mapping.spotId());
            access.requireHoldsAll(role.permissions(), mapping.spotId());
            access.requireCovers(h, mapping.userId(), mapping.spotId());
            if (isOrgWideOwner(role, mapping.spotId())) {
                requireAnotherOwner(h, orgId, role.id(), mapping.userId());
            }
            repository.deleteMapping(h, mappingId);
            String email = accounts.emails(h, orgId, List.of(mapping.userId())).get(mapping.userId());
            audit.append(h, AuditRecord.success(AuditAction.ROLE_REVOKE).by(access.caller())
                    .target(AuditTarget.USER, mapping.userId(), email)
                    .detail("role", role.name()).detail("spotId", mapping.spotId()));
        });
    }

    /** Grants in the organization, narrowed to a user and/or spot, and to the caller's reach. */
    public List<RoleMapping> mappings(String orgId, String userId, String spotId, Reach reach) {
        List<RbacRepository.MappingRow> rows = database.inTransaction(h -> repository.mappings(h, orgId, userId, spotId))
                .stream().filter(row -> reach.covers(row.spotId())).toList();
        return named(orgId, rows);
    }

    /** Users a spot admin may see: those with any grant in their spots. */
    @Override
    public Set<String> usersInSpots(Handle h, Collection<String> spotIds) {
        return repository.usersInSpots(h, spotIds);
    }

    /** A user's own grants, read inside the caller's transaction (their email is already at hand). */
    public List<RoleMapping> grantsOf(Handle h, io.spotguard.model.users.User user) {
        return named(h, user.orgId(), repository.mappings(h, user.orgId(), user.id(), null),
                Map.of(user.id(), user.email()));
    }

    /** Keeps an organization from losing its last active owner (through a revoke or a disable). */
    @Override
    public void requireAnotherActiveOwner(Handle h, String orgId, String userId) {
        repository.roleByName(h, orgId, BuiltInRole.OWNER.name())
                .ifPresent(owner -> {
                    if (repository.orgWideHolders(h, owner.id()).contains(userId)) {
                        requireAnotherOwner(h, orgId, owner.id(), userId);
                    }
                });
    }

    private void requireAnotherOwner(Handle h, String orgId, String ownerRoleId, String userId) {
        Set<String> others = new HashSet<>(repository.orgWideHolders(h, ownerRoleId));
        others.remove(userId);
        if (accounts.activeAmong(h, orgId, others).isEmpty()) {
            throw ApiException.conflict(ErrorCodes.LAST_OWNER,
                    "This is the organization's last active owner. Make someone else owner first.");
        }
    }

    private static boolean isOrgWideOwner(Role role, String spotId) {
        return role.builtIn() && role.name().equals(BuiltInRole.OWNER.name()) && spotId == null;
    }

    private List<RoleMapping> named(String orgId, List<RbacRepository.MappingRow> rows) {
        return database.inTransaction(h -> named(h, orgId, rows));
    }

    private List<RoleMapping> named(Handle h, String orgId, List<RbacRepository.MappingRow> rows) {
        Set<String> userIds = rows.stream().map(RbacRepository.MappingRow::userId).collect(Collectors.toSet());
        return named(h, orgId, rows, accounts.emails(h, orgId, userIds));
    }

    private List<RoleMapping> named(Handle h, String orgId, List<RbacRepository.MappingRow> rows,
                                    Map<String, String> emails) {
        Set<String> spotIds = rows.stream().map(RbacRepository.MappingRow::spotId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, String> spotNames = spotIds.isEmpty() ? Map.of() : spots.names(h, orgId, spotIds);
        return rows.stream().map(row -> row.withNames(emails, spotNames)).toList();
    }

    private Role customRole(Handle h, String orgId, String roleId) {
        Role role = repository.role(h, orgId, roleId).orElseThrow(ApiException::notFound);
        if (role.builtIn()) {
            throw ApiException.conflict(ErrorCodes.BUILT_IN_ROLE, "Built-in roles cannot be changed or deleted.");
        }
        return role;
    }

    /**
     * Role names are unique regardless of case, and a custom role can never pass for a built-in one ("owner"
     * beside OWNER would mislead whoever reads grants or the audit trail).
     */
    private void requireFreeName(Handle h, String orgId, String name, String exceptRoleId) {
        boolean builtInName = Arrays.stream(BuiltInRole.values()).anyMatch(r -> r.name().equalsIgnoreCase(name));
        if (builtInName) {
            throw ApiException.conflict(ErrorCodes.ROLE_NAME_TAKEN, "'" + name + "' is the name of a built-in role.");
        }
        if (repository.roleNameTaken(h, orgId, name, exceptRoleId)) {
            throw ApiException.conflict(ErrorCodes.ROLE_NAME_TAKEN, "A role named '" + name + "' already exists.");
        }
    }

    private static List<String> wireNames(Set<Permission> permissions) {
        return permissions.stream().map(Permission::wireName).sorted().toList();
    }
}
