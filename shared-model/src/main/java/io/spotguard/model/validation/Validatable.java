package io.spotguard.model.validation;

import io.spotguard.model.FieldError;
import java.util.List;

/** A request that knows its own rules; the server refuses it and the console disables "send" on the same list. */
public interface Validatable {
    List<FieldError> validationErrors();

    default boolean isValid() {
        return validationErrors().isEmpty();
    }
}
