package io.spotguard.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.spotguard.model.Page;

/**
 * Everything an owner can read of an organization, as the server answers it: compared before and after a
 * refused request to show that the refusal changed nothing.
 */
public record OrgState(JsonNode spots, JsonNode users, JsonNode roles, JsonNode roleMappings, JsonNode auditEvents) {

    public static OrgState of(HttpsClient http, Tenant tenant) {
        String token = tenant.owner().token();
        return new OrgState(
                read(http, tenant.path("/spots"), token),
                read(http, tenant.path("/users?limit=" + Page.MAX_LIMIT), token),
                read(http, tenant.path("/roles"), token),
                read(http, tenant.path("/role-mappings"), token),
                read(http, tenant.path("/audit-events?limit=" + Page.MAX_LIMIT), token));
    }

    /** The same state without the audit log (for refusals that are themselves audited in the organization). */
    public OrgState withoutAudit() {
        return new OrgState(spots, users, roles, roleMappings, null);
    }

    private static JsonNode read(HttpsClient http, String path, String token) {
        var response = http.get(path, token);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + " as owner: " + response);
        }
        return response.json();
    }
}
