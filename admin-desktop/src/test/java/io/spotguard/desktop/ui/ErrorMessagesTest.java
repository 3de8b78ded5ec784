package io.spotguard.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spotguard.desktop.api.ApiException;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import io.spotguard.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {
    @Test
    void refusedFieldsAreListedInTheFormsOwnWords() {
        Problem refused = Problem.of(400, "Validation failed", ErrorCodes.VALIDATION_FAILED, "Some fields are invalid.",
                List.of(new FieldError("email", "invalid", "must be an email address"),
                        new FieldError("displayName", "required", "must not be blank")));

        assertEquals("Please correct: Email must be an email address; Name must not be blank.",
                ErrorMessages.describe(new ApiException(refused)));
    }

    @Test
    void aBusyServerAsksToTryAgainShortly() {
        Problem busy = Problem.of(429, "Too many requests", ErrorCodes.SERVER_BUSY,
                "The server is busy checking other passwords. Try again in a moment.", List.of());

        assertEquals("The server is busy checking other sign-ins. Wait a moment, then try again.",
                ErrorMessages.describe(new ApiException(busy)));
    }
}
