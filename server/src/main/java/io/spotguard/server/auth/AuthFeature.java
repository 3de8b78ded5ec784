package io.spotguard.server.auth;

import io.helidon.security.Security;
import io.spotguard.server.audit.AuditLog;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.credentials.PasswordHasher;
import io.spotguard.server.db.Database;
import io.spotguard.server.devices.DeviceRegistry;
import io.spotguard.server.http.ClientAddress;
import io.spotguard.server.http.Json;
import io.spotguard.server.security.PermissionSource;
import io.spotguard.server.tenancy.SpotDirectory;
import io.spotguard.server.users.Accounts;

/** Wires authentication: password hashing, tokens, sessions, the Helidon Security provider and sign-in. */
public final class AuthFeature {
    private final PasswordHasher hasher;
    private final SessionRepository sessionRepository = new SessionRepository();
    private final Sessions sessions = new Sessions(sessionRepository);
    private final Authenticator authenticator;
    private final AuthService service;

    public AuthFeature(AppConfig config, Database database, PasswordHasher hasher, Accounts accounts, SpotDirectory tenancy, AuditLog audit,
                       ClientAddress clientAddress, PermissionSource permissions) {
        this.hasher = hasher;
        TokenService tokens = new TokenService(SigningKeys.load(config), config.auth().accessTokenTtl(), database.clock());
        // Tracing off: nothing collects spans, and it would cost every request.
        Security security = Security.builder()
                .disableTracing()
                .addProvider(new TokenAuthenticationProvider(tokens, database, sessionRepository, accounts, permissions), "spotguard-token")
                .build();
        this.authenticator = new Authenticator(security, clientAddress);
        this.service = new AuthService(database, accounts, tenancy, new DeviceRegistry(), sessionRepository, tokens,
                hasher, audit, config.auth().refreshTokenTtl());
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public AuthRoutes routes(Json json, ClientAddress clientAddress) {
        return new AuthRoutes(service, json, clientAddress);
    }
}
