package io.spotguard.server;

import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.audit.AuditedRefusals;
import io.spotguard.server.auth.AuthFeature;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.config.TrustedProxies;
import io.spotguard.server.credentials.ExpensiveWork;
import io.spotguard.server.credentials.PasswordHasher;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.ClientAddress;
import io.spotguard.server.http.Json;
import io.spotguard.server.rbac.RbacFeature;
import io.spotguard.server.rbac.RoleService;
import io.spotguard.server.security.Authorizer;
import io.spotguard.server.tenancy.TenancyFeature;
import io.spotguard.server.users.UserService;
import io.spotguard.server.users.UsersFeature;

/**
 * Everything a running Spotguard is made of, wired by hand in dependency order: the foundations, then each
 * feature from the features below it. A new feature is one field and one line here and one in
 * {@link ServerApp#routing}.
 */
public record AppContext(AppConfig config, Database database, AuditLog audit, Json json, ClientAddress clientAddress,
                         TenancyFeature tenancy, UsersFeature users, RbacFeature rbac, AuthFeature auth,
                         Authorizer authorizer, RoleService roles, UserService userService,
                         Provisioning provisioning, ExpensiveWork expensiveWork) implements AutoCloseable {

    public static AppContext wire(AppConfig config, Database database) {
        AuditLog audit = new AuditLog(database);
        ExpensiveWork expensiveWork = new ExpensiveWork(config.auth().hashingThreads(), config.auth().hashingQueue());
        PasswordHasher hasher = new PasswordHasher(config.auth().bcryptCost(), expensiveWork);
        Json json = new Json(config.http().maxPayloadBytes());
        ClientAddress clientAddress = new ClientAddress(TrustedProxies.of(config.http().trustedProxies()));
        TenancyFeature tenancy = new TenancyFeature(database, audit);
        UsersFeature users = new UsersFeature(database);
        RbacFeature rbac = new RbacFeature(database, tenancy.directory(), users.accounts(), audit);
        AuthFeature auth = new AuthFeature(config, database, hasher, users.accounts(), tenancy.directory(), audit,
                clientAddress, rbac.permissions());
        Authorizer authorizer = new Authorizer(rbac.permissions(), tenancy.directory(), new AuditedRefusals(audit));
        RoleService roles = rbac.roles();
        UserService userService = users.service(auth.hasher(), auth.sessions(), roles, audit);
        Provisioning provisioning = new Provisioning(database, tenancy.directory(), tenancy.spots(), roles,
                userService, users.accounts(), audit);
        return new AppContext(config, database, audit, json, clientAddress, tenancy, users, rbac, auth, authorizer,
                roles, userService, provisioning, expensiveWork);
    }

    /** Stops the threads of the context's own (the database is closed by whoever opened it). */
    @Override
    public void close() {
        expensiveWork.close();
    }
}
