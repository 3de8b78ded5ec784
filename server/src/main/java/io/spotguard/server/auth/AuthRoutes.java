package io.spotguard.server.auth;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.auth.ChangePasswordRequest;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.RefreshRequest;
import io.spotguard.server.http.ClientAddress;
import io.spotguard.server.http.Json;
import io.spotguard.server.security.RouteGuard;

/** Sign-in, refresh, sign-out (here and everywhere) and password change. */
public final class AuthRoutes implements HttpService {
    private final AuthService auth;
    private final RouteGuard guard;
    private final Json json;
    private final ClientAddress clientAddress;

    public AuthRoutes(AuthService auth, RouteGuard guard, Json json, ClientAddress clientAddress) {
        this.auth = auth;
        this.guard = guard;
        this.json = json;
        this.clientAddress = clientAddress;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(ApiPaths.LOGIN, this::login)
                .post(ApiPaths.REFRESH, this::refresh)
                .post(ApiPaths.LOGOUT, guard.signedInMayChangePassword(call -> {
                    auth.logout(call.caller());
                    Json.noContent(call.res());
                }))
                .post(ApiPaths.LOGOUT_ALL, guard.signedInMayChangePassword(call -> {
                    auth.logoutEverywhere(call.caller());
                    Json.noContent(call.res());
                }))
                .post(ApiPaths.CHANGE_PASSWORD, guard.signedInMayChangePassword(call ->
                        Json.ok(call.res(), auth.changePassword(call.caller(),
                                json.read(call.req(), ChangePasswordRequest.class)))));
    }

    private void login(ServerRequest req, ServerResponse res) {
        Json.ok(res, auth.login(json.read(req, LoginRequest.class), clientAddress.of(req)));
    }

    private void refresh(ServerRequest req, ServerResponse res) {
        Json.ok(res, auth.refresh(json.read(req, RefreshRequest.class), clientAddress.of(req)));
    }
}
