package io.spotguard.server;

import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.model.users.User;
import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.audit.AuditRecord;
import io.spotguard.server.audit.AuditTarget;
import io.spotguard.server.db.Database;
import io.spotguard.server.db.Sql;
import io.spotguard.server.http.Caller;
import io.spotguard.server.rbac.RoleService;
import io.spotguard.server.tenancy.SpotDirectory;
import io.spotguard.server.tenancy.SpotService;
import io.spotguard.server.users.Accounts;
import io.spotguard.server.users.UserService;
import java.util.Optional;

/**
 * Instance-level set-up that no organization's admin can do through the API: creating organizations (with
 * their built-in roles) and their first accounts, spots and grants. Used by the bootstrap, the demo and tests.
 * Each step is the feature service's own, acting as the system, so the same rules and audit apply.
 */
public final class Provisioning {
    private final Database database;
    private final SpotDirectory tenancy;
    private final SpotService spots;
    private final RoleService roles;
    private final UserService users;
    private final Accounts accounts;
    private final AuditLog audit;

    Provisioning(Database database, SpotDirectory tenancy, SpotService spots, RoleService roles, UserService users,
                 Accounts accounts, AuditLog audit) {
        this.database = database;
        this.tenancy = tenancy;
        this.spots = spots;
        this.roles = roles;
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
    }

    public Organization createOrganization(String slug, String name) {
        Organization org = new Organization(Sql.newId(), slug, name);
        database.useTransaction(h -> {
            tenancy.insertOrganization(h, org, database.now());
            roles.createBuiltInRoles(h, org.id());
            audit.append(h, AuditRecord.success(AuditAction.ORG_CREATE).by(Caller.system(org.id()))
                    .target(AuditTarget.ORGANIZATION, org.id(), slug));
        });
        return org;
    }

    public boolean anyOrganization() {
        return database.inTransaction(tenancy::anyOrganization);
    }

    public Optional<Organization> organization(String slug) {
        return database.inTransaction(h -> tenancy.organizationBySlug(h, slug));
    }

    public User createUser(String orgId, String email, String displayName, String password, boolean mustChangePassword) {
        return users.createWithPassword(Caller.system(orgId), orgId, email, displayName, password, mustChangePassword);
    }

    public boolean userExists(String orgId, String email) {
        return database.inTransaction(h -> accounts.emailTaken(h, orgId, email));
    }

    /** Grants a built-in or custom role by name, organization-wide (spotId null) or over one spot. */
    public void grant(String orgId, String userId, String roleName, String spotId) {
        var role = roles.roles(orgId).stream().filter(r -> r.name().equals(roleName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No role " + roleName));
        roles.grantAsSystem(orgId, userId, role, spotId);
    }

    public Spot createSpot(String orgId, String name) {
        return spots.create(Caller.system(orgId), orgId, new SpotRequest(name));
    }

    public java.util.List<Spot> spots(String orgId) {
        return spots.list(orgId, null);
    }
}
