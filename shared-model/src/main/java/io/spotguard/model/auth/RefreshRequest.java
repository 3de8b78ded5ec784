package io.spotguard.model.auth;

import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Rules;
import io.spotguard.model.validation.Validatable;
import java.util.List;

/** Exchange a refresh token for new tokens; the refresh token is bound to the device that signed in. */
public record RefreshRequest(String refreshToken, String deviceId) implements Validatable {
    @Override
    public List<FieldError> validationErrors() {
        return Rules.check().token("refreshToken", refreshToken).deviceId("deviceId", deviceId).errors();
    }

    @Override
    public String toString() {
        return "RefreshRequest[deviceId=" + deviceId + ", refreshToken=<hidden>]";
    }
}
