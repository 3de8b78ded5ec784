package io.spotguard.desktop.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import java.util.List;
import java.util.Map;

/** The roles of one organization and who holds them where (role mappings): read, grant, revoke. */
public final class GrantsApi {
    private final ApiClient api;
    private final String orgId;

    public GrantsApi(ApiClient api, String orgId) {
        this.api = api;
        this.orgId = orgId;
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
}
