package io.spotguard.server.auth;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.auth.ChangePasswordRequest;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.RefreshRequest;
import io.spotguard.server.http.ClientAddress;
import io.spotguard.server.http.Json;
import io.spotguard.server.security.Access;
import io.spotguard.server.security.SecuredRoutes;
import io.spotguard.server.security.SecuredService;

/** Sign-in, refresh, sign-out (here and everywhere) and password change. */
public final class AuthRoutes implements SecuredService {
    private final AuthService auth;
    private final Json json;
    private final ClientAddress clientAddress;

    AuthRoutes(AuthService auth, Json json, ClientAddress clientAddress) {
        this.auth = auth;
        this.json = json;
        this.clientAddress = clientAddress;
    }

    @Override
    public void routing(SecuredRoutes routes) {
        routes.post(ApiPaths.LOGIN, Access.everyone(), call -> Json.ok(call.res(),
                        auth.login(json.read(call.req(), LoginRequest.class), clientAddress.of(call.req()))))
                .post(ApiPaths.REFRESH, Access.everyone(), call -> Json.ok(call.res(),
                        auth.refresh(json.read(call.req(), RefreshRequest.class), clientAddress.of(call.req()))))
                .post(ApiPaths.LOGOUT, Access.signedInAnyPassword(), call -> {
                    auth.logout(call.caller());
                    Json.noContent(call.res());
                })
                .post(ApiPaths.LOGOUT_ALL, Access.signedInAnyPassword(), call -> {
                    auth.logoutEverywhere(call.caller());
                    Json.noContent(call.res());
                })
                .post(ApiPaths.CHANGE_PASSWORD, Access.signedInAnyPassword(), call -> Json.ok(call.res(),
                        auth.changePassword(call.caller(), json.read(call.req(), ChangePasswordRequest.class))));
    }
}
