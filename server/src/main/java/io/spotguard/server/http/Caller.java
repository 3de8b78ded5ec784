package io.spotguard.server.http;

/**
 * Who is calling and from where: the authenticated user of a request (established by the token provider) and
 * the client's address and device. Every authorization check and every audit event starts from one.
 */
public record Caller(String userId, String orgId, String email, String sessionId, String deviceId, String ip,
                     boolean mustChangePassword) {
}
