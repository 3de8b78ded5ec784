package io.spotguard.server.auth;

import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Principal;
import io.helidon.security.ProviderRequest;
import io.helidon.security.Subject;
import io.helidon.security.spi.AuthenticationProvider;
import io.spotguard.model.ErrorCodes;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Caller;
import io.spotguard.server.security.PermissionSource;
import io.spotguard.server.users.Account;
import io.spotguard.server.users.Accounts;
import java.util.List;
import java.util.Optional;

/**
 * Our Helidon Security authentication provider for bearer access tokens. It checks the signature, algorithm,
 * key id and expiry, then asks the database whether the session still stands and the account is active (and
 * what the account's grants allow, carried on the caller for the request's authorization), so a
 * revocation or a disabled account takes effect on the next request on every node sharing the database.
 * A failure's description is the problem code the client gets.
 */
public final class TokenAuthenticationProvider implements AuthenticationProvider {
    static final String CLIENT_IP = "spotguardClientIp";
    private static final String BEARER = "bearer ";
    private final TokenService tokens;
    private final Database database;
    private final SessionRepository sessions;
    private final Accounts accounts;
    private final PermissionSource permissions;

    TokenAuthenticationProvider(TokenService tokens, Database database, SessionRepository sessions, Accounts accounts,
                                PermissionSource permissions) {
        this.tokens = tokens;
        this.database = database;
        this.sessions = sessions;
        this.accounts = accounts;
        this.permissions = permissions;
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        List<String> authorization = request.env().headers().getOrDefault("Authorization", List.of());
        if (authorization.size() != 1 || !authorization.getFirst().regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return AuthenticationResponse.failed(ErrorCodes.UNAUTHENTICATED);
        }
        TokenService.AccessClaims claims;
        try {
            claims = tokens.verify(authorization.getFirst().substring(BEARER.length()).strip());
        } catch (TokenService.TokenRejected e) {
            return AuthenticationResponse.failed(e.code());
        }
        String ip = request.env().abacAttribute(CLIENT_IP).map(String::valueOf).orElse(null);
        Optional<Caller> caller = database.inTransaction(h -> {
            var session = sessions.session(h, claims.sessionId())
                    .filter(s -> s.usableAt(database.now()))
                    .filter(s -> s.userId().equals(claims.userId()) && s.orgId().equals(claims.orgId()));
            if (session.isEmpty()) {
                return Optional.empty();
            }
            return accounts.byId(h, claims.userId()).filter(Account::active)
                    .map(account -> new Caller(account.userId(), account.orgId(), account.email(),
                            claims.sessionId(), session.get().deviceId(), ip, account.mustChangePassword(),
                            permissions.permissionsOf(h, account.orgId(), account.userId()).holdings()));
        });
        if (caller.isEmpty()) {
            return AuthenticationResponse.failed(ErrorCodes.SESSION_REVOKED);
        }
        Subject subject = Subject.builder()
                .principal(Principal.create(caller.get().userId()))
                .addPublicCredential(Caller.class, caller.get())
                .build();
        return AuthenticationResponse.success(subject);
    }
}
