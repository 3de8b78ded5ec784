package io.spotguard.desktop.ui;

import java.util.Map;

/** The words the console's forms use for the API's field names. */
final class FieldLabels {
    private static final Map<String, String> LABELS = Map.of(
            "email", "Email",
            "displayName", "Name",
            "password", "Password",
            "currentPassword", "Current password",
            "newPassword", "New password",
            "organization", "Organization",
            "name", "Name",
            "roleId", "Role",
            "spotId", "Spot");

    private FieldLabels() {
    }

    static String of(String field) {
        return LABELS.getOrDefault(field, field);
    }
}
