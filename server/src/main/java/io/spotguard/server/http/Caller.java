package io.spotguard.server.http;

import io.spotguard.model.rbac.Holdings;

/**
 * Who is calling and from where: the authenticated user of a request (established by the token check) with
 * everything their grants allow, read in the token check's own transaction, and the client's address and
 * device. Every authorization check and every audit event starts from one.
 */
public record Caller(String userId, String orgId, String email, String sessionId, String deviceId, String ip,
                     boolean mustChangePassword, Holdings holdings) {
}
