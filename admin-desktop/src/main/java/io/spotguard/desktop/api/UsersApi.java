package io.spotguard.desktop.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.Page;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import java.util.Map;

/** The user accounts of one organization: list, read, create, change, and the account actions. */
public final class UsersApi {
    private final ApiClient api;
    private final String orgId;

    public UsersApi(ApiClient api, String orgId) {
        this.api = api;
        this.orgId = orgId;
    }

    public Page<User> users(String query, int limit, String cursor) {
        return api.get(ApiPaths.users(orgId), PageQuery.of(Map.of(ApiPaths.PARAM_QUERY, query == null ? "" : query),
                limit, cursor), new TypeReference<>() { });
    }

    public User user(String userId) {
        return api.get(ApiPaths.user(orgId, userId), Map.of(), new TypeReference<>() { });
    }

    public OneTimePassword createUser(CreateUserRequest request) {
        return api.post(ApiPaths.users(orgId), request, OneTimePassword.class);
    }

    public User updateUser(String userId, UpdateUserRequest request) {
        return api.patch(ApiPaths.user(orgId, userId), request, User.class);
    }

    public User disableUser(String userId) {
        return api.post(ApiPaths.userAction(orgId, userId, ApiPaths.UserActions.DISABLE), null, User.class);
    }

    public User enableUser(String userId) {
        return api.post(ApiPaths.userAction(orgId, userId, ApiPaths.UserActions.ENABLE), null, User.class);
    }

    public OneTimePassword resetPassword(String userId) {
        return api.post(ApiPaths.userAction(orgId, userId, ApiPaths.UserActions.RESET_PASSWORD), null,
                OneTimePassword.class);
    }

    public void revokeSessions(String userId) {
        api.post(ApiPaths.userAction(orgId, userId, ApiPaths.UserActions.REVOKE_SESSIONS), null, Void.class);
    }
}
