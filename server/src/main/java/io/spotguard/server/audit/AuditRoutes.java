package io.spotguard.server.audit;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.rbac.Permission;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Json;
import io.spotguard.server.http.Paging;
import io.spotguard.server.security.Access;
import io.spotguard.server.security.Call;
import io.spotguard.server.security.SecuredRoutes;
import io.spotguard.server.security.SecuredService;
import java.util.List;

/** The audit log of an organization, for holders of audit.read over the whole organization. */
public final class AuditRoutes implements SecuredService {
    private final Database database;
    private final AuditRepository repository = new AuditRepository();

    public AuditRoutes(Database database) {
        this.database = database;
    }

    @Override
    public void routing(SecuredRoutes routes) {
        routes.get(ApiPaths.auditEvents("{orgId}"), Access.organization(Permission.AUDIT_READ), this::list);
    }

    private void list(Call call) {
        AuditQuery query = AuditQuery.from(call);
        List<AuditEvent> rows = database.inTransaction(h -> repository.page(h, call.orgId(), query,
                Paging.rowsToRead(query.limit())));
        Json.ok(call.res(), Paging.page(rows, query.limit(), event -> Long.toString(event.id())));
    }
}
