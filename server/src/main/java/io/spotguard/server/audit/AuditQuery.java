package io.spotguard.server.audit;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.FieldError;
import io.spotguard.model.Page;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditOutcome;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Call;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The filters of the audit log, read from query parameters; every malformed one is named in one 400. */
record AuditQuery(Instant from, Instant to, String actorId, AuditAction action, String targetId,
                  AuditOutcome outcome, Long beforeId, int limit) {

    static AuditQuery from(Call call) {
        List<FieldError> errors = new ArrayList<>();
        int limit = Page.DEFAULT_LIMIT;
        try {
            limit = call.queryInt(ApiPaths.PARAM_LIMIT, Page.DEFAULT_LIMIT, 1, Page.MAX_LIMIT);
        } catch (ApiException e) {
            errors.addAll(e.fieldErrors());
        }
        Instant from = instant(call, "from", errors);
        Instant to = instant(call, "to", errors);
        String actor = null;
        try {
            actor = call.queryId("actor").orElse(null);
        } catch (ApiException e) {
            errors.addAll(e.fieldErrors());
        }
        AuditAction action = parse(call.query("action"), "action", errors, AuditAction::fromWireName);
        AuditOutcome outcome = parse(call.query("outcome"), "outcome", errors, AuditOutcome::valueOf);
        String target = call.query("target").orElse(null);
        if (target != null && target.length() > 64) {
            errors.add(new FieldError("target", "too_long", "must be at most 64 characters"));
        }
        Long before = parse(call.query("cursor"), "cursor", errors, Long::parseLong);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new AuditQuery(from, to, actor, action, target, outcome, before, limit);
    }

    private static Instant instant(Call call, String name, List<FieldError> errors) {
        return parse(call.query(name), name, errors, Instant::parse);
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(Optional<String> raw, String name, List<FieldError> errors, Parser<T> parser) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return parser.parse(raw.get());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(name, "invalid_value", switch (name) {
                case "from", "to" -> "must be an ISO-8601 instant such as 2026-01-31T23:59:59Z";
                case "action" -> "must be a known audit action such as role.grant";
                case "outcome" -> "must be SUCCESS, FAILURE or DENIED";
                default -> "is not a cursor returned by this list";
            }));
            return null;
        }
    }
}
