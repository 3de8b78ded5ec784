package io.spotguard.model.users;

import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Rules;
import io.spotguard.model.validation.Validatable;
import java.util.List;

/** Create a user; the server answers with a one-time password the user must change at first sign-in. */
public record CreateUserRequest(String email, String displayName) implements Validatable {
    @Override
    public List<FieldError> validationErrors() {
        return Rules.check().email("email", email).text("displayName", displayName, Rules.DISPLAY_NAME_MAX).errors();
    }
}
