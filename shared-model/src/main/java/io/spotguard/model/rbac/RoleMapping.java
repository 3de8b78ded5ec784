package io.spotguard.model.rbac;

import java.time.Instant;

/** A grant: a user holds a role over the whole organization ({@code spotId} null) or over one spot. */
public record RoleMapping(String id, String orgId, String userId, String userEmail, String roleId, String roleName,
                          String spotId, String spotName, Instant grantedAt) {
    public boolean organizationWide() {
        return spotId == null;
    }
}
