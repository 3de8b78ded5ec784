package io.spotguard.model.tenancy;

import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Rules;
import io.spotguard.model.validation.Validatable;
import java.util.List;

/** Create or rename a spot. */
public record SpotRequest(String name) implements Validatable {
    @Override
    public List<FieldError> validationErrors() {
        return Rules.check().text("name", name, Rules.SPOT_NAME_MAX).errors();
    }
}
