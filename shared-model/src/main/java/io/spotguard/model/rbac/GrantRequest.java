package io.spotguard.model.rbac;

import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Rules;
import io.spotguard.model.validation.Validatable;
import java.util.List;

/** Grant a role to a user, over the whole organization (no spotId) or over one spot. */
public record GrantRequest(String userId, String roleId, String spotId) implements Validatable {
    @Override
    public List<FieldError> validationErrors() {
        return Rules.check().id("userId", userId).id("roleId", roleId).optionalId("spotId", spotId).errors();
    }
}
