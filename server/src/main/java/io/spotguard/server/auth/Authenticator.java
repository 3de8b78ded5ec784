package io.spotguard.server.auth;

import io.helidon.http.HeaderNames;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Security;
import io.helidon.security.SecurityContext;
import io.helidon.security.SecurityEnvironment;
import io.helidon.webserver.http.ServerRequest;
import io.spotguard.model.ErrorCodes;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Caller;
import io.spotguard.server.http.ClientAddress;
import io.spotguard.server.security.Authentication;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs Helidon Security's authentication for a request and hands back the caller. Refusals become 401
 * problem answers through the one error mapper (Helidon's own security handler would answer without a body).
 */
public final class Authenticator implements Authentication {
    private final Security security;
    private final ClientAddress clientAddress;
    private final AtomicLong requestIds = new AtomicLong();

    Authenticator(Security security, ClientAddress clientAddress) {
        this.security = security;
        this.clientAddress = clientAddress;
    }

    @Override
    public Caller authenticate(ServerRequest req) {
        List<String> authorization = req.headers().values(HeaderNames.AUTHORIZATION);
        SecurityEnvironment env = security.environmentBuilder()
                .method(req.prologue().method().text())
                .path(req.path().path())
                .headers(Map.of("Authorization", authorization))
                .addAttribute(TokenAuthenticationProvider.CLIENT_IP, String.valueOf(clientAddress.of(req)))
                .build();
        SecurityContext context = security.contextBuilder(Long.toHexString(requestIds.incrementAndGet()))
                .env(env)
                .build();
        AuthenticationResponse response = context.atnClientBuilder().submit();
        if (response.status().isSuccess()) {
            return response.user().flatMap(subject -> subject.publicCredential(Caller.class))
                    .orElseThrow(() -> new IllegalStateException("authenticated without a caller"));
        }
        String code = response.description().orElse(ErrorCodes.TOKEN_INVALID);
        throw ApiException.unauthorized(code, switch (code) {
            case ErrorCodes.UNAUTHENTICATED -> "Sign in first: send an access token as 'Authorization: Bearer …'.";
            case ErrorCodes.TOKEN_EXPIRED -> "The access token has expired. Refresh it or sign in again.";
            case ErrorCodes.SESSION_REVOKED -> "The session has ended. Sign in again.";
            default -> "The access token is not valid. Sign in again.";
        });
    }
}
