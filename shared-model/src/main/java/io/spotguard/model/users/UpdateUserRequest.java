package io.spotguard.model.users;

import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Rules;
import io.spotguard.model.validation.Validatable;
import java.util.ArrayList;
import java.util.List;

/** Change a user's email and/or display name; an absent field stays as it is. */
public record UpdateUserRequest(String email, String displayName) implements Validatable {
    @Override
    public List<FieldError> validationErrors() {
        Rules rules = Rules.check().optionalText("displayName", displayName, Rules.DISPLAY_NAME_MAX);
        if (email != null) {
            rules.email("email", email);
        }
        List<FieldError> errors = new ArrayList<>(rules.errors());
        if (email == null && displayName == null) {
            errors.add(new FieldError("email", "required", "name at least one of email and displayName"));
        }
        return errors;
    }
}
