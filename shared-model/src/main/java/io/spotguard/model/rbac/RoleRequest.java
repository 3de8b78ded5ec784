package io.spotguard.model.rbac;

import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Rules;
import io.spotguard.model.validation.Validatable;
import java.util.List;
import java.util.Set;

/** Define or redefine a custom role. */
public record RoleRequest(String name, Set<Permission> permissions) implements Validatable {
    @Override
    public List<FieldError> validationErrors() {
        return Rules.check().roleName("name", name).notEmpty("permissions", permissions).errors();
    }
}
