package io.spotguard.server;

import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.tenancy.Organization;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import io.spotguard.model.users.UserStatus;
import io.spotguard.model.validation.Emails;
import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.audit.AuditRecord;
import io.spotguard.server.audit.AuditTarget;
import io.spotguard.server.credentials.PasswordHasher;
import io.spotguard.server.db.Database;
import io.spotguard.server.db.Sql;
import io.spotguard.server.rbac.RoleService;
import io.spotguard.server.tenancy.SpotDirectory;
import io.spotguard.server.users.Accounts;
import java.util.Optional;

/**
 * Instance-level set-up that no organization's admin can do through the API: creating organizations (with
 * their built-in roles) and their first accounts. Used by the bootstrap, the demo and tests. Each step is one
 * audited transaction, attributed to the system.
 */
public final class Provisioning {
    private final Database database;
    private final SpotDirectory tenancy;
    private final RoleService roles;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    Provisioning(Database database, SpotDirectory tenancy, RoleService roles, Accounts accounts,
                 PasswordHasher hasher, AuditLog audit) {
        this.database = database;
        this.tenancy = tenancy;
        this.roles = roles;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
    }

    public Organization createOrganization(String slug, String name) {
        Organization org = new Organization(Sql.newId(), slug, name);
        database.useTransaction(h -> {
            tenancy.insertOrganization(h, org, database.now());
            roles.createBuiltInRoles(h, org.id());
            audit.append(h, AuditRecord.success(AuditAction.ORG_CREATE).bySystem(org.id())
                    .target(AuditTarget.ORGANIZATION, org.id(), slug));
        });
        return org;
    }

    public boolean anyOrganization() {
        return tenancy.anyOrganization();
    }

    public Optional<Organization> organization(String slug) {
        return tenancy.organizationBySlug(slug);
    }

    public User createUser(String orgId, String email, String displayName, String password, boolean mustChangePassword) {
        String hash = hasher.hash(password);
        User user = new User(Sql.newId(), orgId, Emails.normalize(email), displayName, UserStatus.ACTIVE,
                mustChangePassword, database.now(), database.now());
        database.useTransaction(h -> {
            accounts.insert(h, user, hash);
            audit.append(h, AuditRecord.success(AuditAction.USER_CREATE).bySystem(orgId)
                    .target(AuditTarget.USER, user.id(), user.email()));
        });
        return user;
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
        Spot spot = new Spot(Sql.newId(), orgId, name, database.now());
        database.useTransaction(h -> {
            tenancy.insertSpot(h, spot);
            audit.append(h, AuditRecord.success(AuditAction.SPOT_CREATE).bySystem(orgId)
                    .target(AuditTarget.SPOT, spot.id(), name));
        });
        return spot;
    }

    public java.util.List<Spot> spots(String orgId) {
        return tenancy.spots(orgId, null);
    }
}
