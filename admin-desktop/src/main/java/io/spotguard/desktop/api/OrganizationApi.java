package io.spotguard.desktop.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.Page;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The calls an admin makes inside one organization, typed with the shared-model records. */
public final class OrganizationApi {
    private final ApiClient api;
    private final String orgId;

    public OrganizationApi(ApiClient api, String orgId) {
        this.api = api;
        this.orgId = orgId;
    }

    public Page<User> users(String query, int limit, String cursor) {
        return api.get(ApiPaths.users(orgId), paging(Map.of(ApiPaths.PARAM_QUERY, query == null ? "" : query), limit,
                cursor), new TypeReference<>() { });
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

    public List<Spot> spots() {
        return api.get(ApiPaths.spots(orgId), Map.of(), new TypeReference<>() { });
    }

    public Spot createSpot(SpotRequest request) {
        return api.post(ApiPaths.spots(orgId), request, Spot.class);
    }

    public Spot renameSpot(String spotId, SpotRequest request) {
        return api.patch(ApiPaths.spot(orgId, spotId), request, Spot.class);
    }

    public void deleteSpot(String spotId) {
        api.delete(ApiPaths.spot(orgId, spotId));
    }

    public List<Role> roles() {
        return api.get(ApiPaths.roles(orgId), Map.of(), new TypeReference<>() { });
    }

    public List<RoleMapping> grantsOf(String userId) {
        return api.get(ApiPaths.roleMappings(orgId), Map.of("userId", userId), new TypeReference<>() { });
    }

    public RoleMapping grant(GrantRequest request) {
        return api.post(ApiPaths.roleMappings(orgId), request, RoleMapping.class);
    }

    public void revokeGrant(String mappingId) {
        api.delete(ApiPaths.roleMapping(orgId, mappingId));
    }

    public Page<AuditEvent> auditEvents(AuditFilter filter, int limit, String cursor) {
        return api.get(ApiPaths.auditEvents(orgId), paging(filter.toQuery(), limit, cursor), new TypeReference<>() { });
    }

    private static Map<String, String> paging(Map<String, String> query, int limit, String cursor) {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.put(ApiPaths.PARAM_LIMIT, Integer.toString(limit));
        all.put(ApiPaths.PARAM_CURSOR, cursor);
        return all;
    }
}
