package io.spotguard.desktop.main;

import io.spotguard.model.rbac.Permission;

/** The main window's screens and the permission that makes each worth offering. */
public enum Section {
    USERS("Users & grants", Permission.USERS_READ),
    SPOTS("Spots", Permission.SPOTS_READ),
    AUDIT("Audit log", Permission.AUDIT_READ);

    private final String title;
    private final Permission needed;

    Section(String title, Permission needed) {
        this.title = title;
        this.needed = needed;
    }

    public String title() {
        return title;
    }

    public Permission needed() {
        return needed;
    }
}
