package io.spotguard.server.users;

import io.spotguard.model.ApiPaths.UserActions;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.server.http.Json;
import io.spotguard.server.http.QueryParams;
import io.spotguard.server.security.Access;
import io.spotguard.server.security.Call;
import io.spotguard.server.security.SecuredRoutes;
import io.spotguard.server.security.SecuredService;

/**
 * User administration. Reading follows the caller's reach (a spot admin sees the users of their spots); creating
 * needs users.manage over the whole organization, and a change to an account needs everything that account
 * holds too (nobody takes over an account that outranks them).
 */
public final class UserRoutes implements SecuredService {
    private static final String USERS = ApiPaths.users("{orgId}");
    private static final String USER = ApiPaths.user("{orgId}", "{userId}");
    private static final Access READ = Access.anywhere(Permission.USERS_READ);
    private static final Access MANAGE_ACCOUNT = Access.account(Permission.USERS_MANAGE);
    private final UserService users;
    private final Json json;

    UserRoutes(UserService users, Json json) {
        this.users = users;
        this.json = json;
    }

    @Override
    public void routing(SecuredRoutes routes) {
        routes.get(USERS, READ, this::list)
                .post(USERS, Access.organization(Permission.USERS_MANAGE), call -> Json.created(call.res(),
                        users.create(call.caller(), call.orgId(), json.read(call.req(), CreateUserRequest.class))))
                .get(USER, READ, call -> Json.ok(call.res(), users.get(call.orgId(), call.reach(), call.pathId("userId"))))
                .patch(USER, MANAGE_ACCOUNT, call -> Json.ok(call.res(), users.update(call.caller(), call.orgId(),
                        call.pathId("userId"), json.read(call.req(), UpdateUserRequest.class))))
                .post(action(UserActions.DISABLE), MANAGE_ACCOUNT, call -> Json.ok(call.res(),
                        users.disable(call.caller(), call.orgId(), call.pathId("userId"))))
                .post(action(UserActions.ENABLE), MANAGE_ACCOUNT, call -> Json.ok(call.res(),
                        users.enable(call.caller(), call.orgId(), call.pathId("userId"))))
                .post(action(UserActions.RESET_PASSWORD), MANAGE_ACCOUNT, call -> Json.ok(call.res(),
                        users.resetPassword(call.caller(), call.orgId(), call.pathId("userId"))))
                .post(action(UserActions.REVOKE_SESSIONS), MANAGE_ACCOUNT, call -> {
                    users.revokeSessions(call.caller(), call.orgId(), call.pathId("userId"));
                    Json.noContent(call.res());
                });
    }

    private void list(Call call) {
        QueryParams params = QueryParams.of(call.req());
        String search = params.text(ApiPaths.PARAM_QUERY, QueryParams.SEARCH_MAX).orElse(null);
        String afterEmail = params.cursor().orElse(null);
        int limit = params.limit();
        params.valid();
        Json.ok(call.res(), users.page(call.orgId(), call.reach(), search, afterEmail, limit));
    }

    private static String action(String action) {
        return ApiPaths.userAction("{orgId}", "{userId}", action);
    }
}
