package io.spotguard.server.security;

import io.spotguard.model.rbac.Permission;
import io.spotguard.server.http.Caller;
import java.util.Set;

/**
 * Where authorization reports what it refused (the audit feature records each at once, in its own transaction,
 * so no rollback can hide it). {@code spotId} null: the refusal concerns the whole organization.
 */
public interface Refusals {
    void otherOrganization(Caller caller, String orgId);

    void missingPermission(Caller caller, Permission permission, String spotId);

    void privilegeEscalation(Caller caller, String spotId, Set<Permission> missing);

    void targetOutranksCaller(Caller caller, String targetUserId, String spotId, Set<Permission> missing);
}
