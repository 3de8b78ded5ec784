package io.spotguard.model.auth;

import io.spotguard.model.FieldError;
import io.spotguard.model.validation.Rules;
import io.spotguard.model.validation.Validatable;
import java.util.List;

/**
 * Sign-in with a password. {@code organization} (the organization's slug) is needed only when the same email
 * belongs to more than one organization.
 */
public record LoginRequest(String email, String password, String deviceId, String deviceName,
                           DevicePlatform platform, String organization) implements Validatable {

    @Override
    public List<FieldError> validationErrors() {
        return Rules.check()
                .email("email", email)
                .password("password", password)
                .deviceId("deviceId", deviceId)
                .text("deviceName", deviceName, Rules.DEVICE_NAME_MAX)
                .required("platform", platform)
                .optionalSlug("organization", organization)
                .errors();
    }

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + ", deviceId=" + deviceId + ", password=<hidden>]";
    }
}
