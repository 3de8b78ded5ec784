package io.spotguard.desktop.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.Page;
import io.spotguard.model.audit.AuditEvent;

/** The audit log of one organization, newest first, filtered and paged on the server. */
public final class AuditApi {
    private final ApiClient api;
    private final String orgId;

    public AuditApi(ApiClient api, String orgId) {
        this.api = api;
        this.orgId = orgId;
    }

    public Page<AuditEvent> events(AuditFilter filter, int limit, String cursor) {
        return api.get(ApiPaths.auditEvents(orgId), PageQuery.of(filter.toQuery(), limit, cursor),
                new TypeReference<>() { });
    }
}
