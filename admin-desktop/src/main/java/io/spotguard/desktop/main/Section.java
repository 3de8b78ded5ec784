package io.spotguard.desktop.main;

import io.spotguard.desktop.Rights;
import io.spotguard.model.rbac.Permission;

/**
 * The main window's screens and what makes each worth offering. Users and spots are offered to whoever reads
 * them anywhere (a spot admin's lists are narrowed to their spots by the server); the audit log covers the whole
 * organization, so it needs audit.read over the whole organization.
 */
public enum Section {
    USERS("Users & grants", Permission.USERS_READ, false),
    SPOTS("Spots", Permission.SPOTS_READ, false),
    AUDIT("Audit log", Permission.AUDIT_READ, true);

    private final String title;
    private final Permission needed;
    private final boolean organizationWide;

    Section(String title, Permission needed, boolean organizationWide) {
        this.title = title;
        this.needed = needed;
        this.organizationWide = organizationWide;
    }

    public String title() {
        return title;
    }

    public boolean offeredTo(Rights rights) {
        return organizationWide ? rights.organizationWide(needed) : rights.anywhere(needed);
    }
}
