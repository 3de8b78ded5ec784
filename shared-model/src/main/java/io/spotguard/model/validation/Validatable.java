package io.spotguard.model.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.spotguard.model.FieldError;
import java.util.List;

/** A request that knows its own rules; the server refuses it and the console disables "send" on the same list. */
public interface Validatable {
    List<FieldError> validationErrors();

    /** Not part of the wire format: a client must never send it, and the server would refuse it. */
    @JsonIgnore
    default boolean isValid() {
        return validationErrors().isEmpty();
    }
}
