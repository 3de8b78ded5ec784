package io.spotguard.model.auth;

import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Rules;
import io.spotguard.model.validation.Validatable;
import java.util.ArrayList;
import java.util.List;

/** Change one's own password; the current one (or the one-time password) proves it is the owner asking. */
public record ChangePasswordRequest(String currentPassword, String newPassword) implements Validatable {
    @Override
    public List<FieldError> validationErrors() {
        List<FieldError> errors = new ArrayList<>(Rules.check()
                .password("currentPassword", currentPassword)
                .newPassword("newPassword", newPassword)
                .errors());
        if (errors.isEmpty() && currentPassword.equals(newPassword)) {
            errors.add(new FieldError("newPassword", "unchanged", "must differ from the current password"));
        }
        return errors;
    }

    @Override
    public String toString() {
        return "ChangePasswordRequest[<hidden>]";
    }
}
