package io.spotguard.server.users;

import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.credentials.PasswordHasher;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Json;

/** Wires the users feature. Accounts exist first (sign-in needs them); the admin routes come last. */
public final class UsersFeature {
    private final Database database;
    private final UserRepository repository = new UserRepository();
    private final Accounts accounts = new Accounts(repository);

    public UsersFeature(Database database) {
        this.database = database;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Account administration; build once. */
    public UserService service(PasswordHasher hasher, AccountSessions sessions, AccountGrants grants, AuditLog audit) {
        return new UserService(database, repository, hasher, sessions, grants, audit);
    }

    public UserRoutes routes(UserService service, Json json) {
        return new UserRoutes(service, json);
    }
}
