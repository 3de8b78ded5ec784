package io.spotguard.server.audit;

import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditOutcome;
import io.spotguard.server.http.QueryParams;
import io.spotguard.server.security.Call;
import java.time.Instant;

/** The filters of the audit log, read from query parameters; every malformed one is named in one 400. */
record AuditQuery(Instant from, Instant to, String actorId, AuditAction action, String targetId,
                  AuditOutcome outcome, Long beforeId, int limit) {
    /** Target ids are our ids, or what a refused request named (clipped to the column). */
    private static final int TARGET_MAX = 64;

    static AuditQuery from(Call call) {
        QueryParams params = QueryParams.of(call.req());
        AuditQuery query = new AuditQuery(
                params.instant("from").orElse(null),
                params.instant("to").orElse(null),
                params.id("actor").orElse(null),
                params.choice("action", AuditAction::fromWireName, "must be a known audit action such as role.grant")
                        .orElse(null),
                params.text("target", TARGET_MAX).orElse(null),
                params.choice("outcome", AuditOutcome::valueOf, "must be SUCCESS, FAILURE or DENIED").orElse(null),
                params.cursor(Long::parseLong).orElse(null),
                params.limit());
        params.valid();
        return query;
    }
}
