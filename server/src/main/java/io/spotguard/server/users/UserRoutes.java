package io.spotguard.server.users;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.spotguard.model.ApiPaths.UserActions;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.server.http.Call;
import io.spotguard.server.http.Json;
import io.spotguard.server.http.QueryParams;
import io.spotguard.server.security.Authorizer;
import io.spotguard.server.security.Reach;
import io.spotguard.server.security.RouteGuard;

/**
 * User administration. Reading follows the caller's reach (a spot admin sees the users of their spots);
 * every change needs users.manage over the whole organization, and a change to an account needs everything that
 * account holds too (nobody takes over an account that outranks them).
 */
public final class UserRoutes implements HttpService {
    private static final String USERS = ApiPaths.users("{orgId}");
    private static final String USER = ApiPaths.user("{orgId}", "{userId}");
    private final UserService users;
    private final RouteGuard guard;
    private final Authorizer authorizer;
    private final Json json;

    public UserRoutes(UserService users, RouteGuard guard, Authorizer authorizer, Json json) {
        this.users = users;
        this.guard = guard;
        this.authorizer = authorizer;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(USERS, guard.member(this::list))
                .post(USERS, guard.org(Permission.USERS_MANAGE, call -> Json.created(call.res(),
                        users.create(call.caller(), call.orgId(), json.read(call.req(), CreateUserRequest.class)))))
                .get(USER, guard.member(call -> Json.ok(call.res(),
                        users.get(call.orgId(), readReach(call), call.pathId("userId")))))
                .patch(USER, guard.account(Permission.USERS_MANAGE, call -> Json.ok(call.res(),
                        users.update(call.caller(), call.orgId(), call.pathId("userId"),
                                json.read(call.req(), UpdateUserRequest.class)))))
                .post(action(UserActions.DISABLE), guard.account(Permission.USERS_MANAGE, call -> Json.ok(call.res(),
                        users.disable(call.caller(), call.orgId(), call.pathId("userId")))))
                .post(action(UserActions.ENABLE), guard.account(Permission.USERS_MANAGE, call -> Json.ok(call.res(),
                        users.enable(call.caller(), call.orgId(), call.pathId("userId")))))
                .post(action(UserActions.RESET_PASSWORD), guard.account(Permission.USERS_MANAGE, call -> Json.ok(call.res(),
                        users.resetPassword(call.caller(), call.orgId(), call.pathId("userId")))))
                .post(action(UserActions.REVOKE_SESSIONS), guard.account(Permission.USERS_MANAGE, call -> {
                    users.revokeSessions(call.caller(), call.orgId(), call.pathId("userId"));
                    Json.noContent(call.res());
                }));
    }

    private void list(Call call) {
        QueryParams params = QueryParams.of(call);
        String search = params.text(ApiPaths.PARAM_QUERY, QueryParams.SEARCH_MAX).orElse(null);
        String afterEmail = params.cursor().orElse(null);
        int limit = params.limit();
        params.valid();
        Json.ok(call.res(), users.page(call.orgId(), readReach(call), search, afterEmail, limit));
    }

    private Reach readReach(Call call) {
        return authorizer.reach(call.caller(), call.orgId(), Permission.USERS_READ);
    }

    private static String action(String action) {
        return ApiPaths.userAction("{orgId}", "{userId}", action);
    }
}
