package io.spotguard.server.audit;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.rbac.Permission;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.Call;
import io.spotguard.server.http.Json;
import io.spotguard.server.http.Paging;
import io.spotguard.server.security.RouteGuard;
import java.util.List;

/** The audit log of an organization, for holders of audit.read over the whole organization. */
public final class AuditRoutes implements HttpService {
    private final Database database;
    private final AuditRepository repository = new AuditRepository();
    private final RouteGuard guard;

    public AuditRoutes(Database database, RouteGuard guard) {
        this.database = database;
        this.guard = guard;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(ApiPaths.auditEvents("{orgId}"), guard.org(Permission.AUDIT_READ, this::list));
    }

    private void list(Call call) {
        AuditQuery query = AuditQuery.from(call);
        List<AuditEvent> rows = database.inTransaction(h -> repository.page(h, call.orgId(), query,
                Paging.rowsToRead(query.limit())));
        Json.ok(call.res(), Paging.page(rows, query.limit(), event -> Long.toString(event.id())));
    }
}
