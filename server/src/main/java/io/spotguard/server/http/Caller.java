package io.spotguard.server.http;

import io.spotguard.model.rbac.Holdings;
import java.util.Map;
import java.util.Set;

/**
 * Who is calling and from where: the authenticated user of a request (established by the token check) with
 * everything their grants allow, read in the token check's own transaction, and the client's address and
 * device. Every authorization check and every audit event starts from one.
 */
public record Caller(String userId, String orgId, String email, String sessionId, String deviceId, String ip,
                     boolean mustChangePassword, Holdings holdings) {
    /** How the instance itself is named when it acts (bootstrap, demo data, provisioning). */
    public static final String SYSTEM = "system";

    /** The instance itself acting in an organization: no account, no session, no grants. */
    public static Caller system(String orgId) {
        return new Caller(null, orgId, SYSTEM, null, null, null, false, new Holdings(Set.of(), Map.of()));
    }
}
