package io.spotguard.desktop.main;

import io.spotguard.desktop.audit.AuditScreen;
import io.spotguard.desktop.session.ScreenContext;
import io.spotguard.desktop.spots.SpotsScreen;
import io.spotguard.desktop.ui.Screen;
import io.spotguard.desktop.users.UsersScreen;
import io.spotguard.model.rbac.Holdings;
import io.spotguard.model.rbac.Permission;
import java.util.function.Function;

/**
 * The main window's sections, what makes each worth offering, and how its screen is built: a new screen is one
 * more entry here and a package of its own. Users and spots are offered to whoever reads them anywhere (a spot
 * admin's lists are narrowed to their spots by the server); the audit log covers the whole organization, so it
 * needs audit.read over the whole organization.
 */
public enum Section {
    USERS("Users & grants", Permission.USERS_READ, false, UsersScreen::new),
    SPOTS("Spots", Permission.SPOTS_READ, false, SpotsScreen::new),
    AUDIT("Audit log", Permission.AUDIT_READ, true, AuditScreen::new);

    private final String title;
    private final Permission needed;
    private final boolean organizationWide;
    private final Function<ScreenContext, Screen> screen;

    Section(String title, Permission needed, boolean organizationWide, Function<ScreenContext, Screen> screen) {
        this.title = title;
        this.needed = needed;
        this.organizationWide = organizationWide;
        this.screen = screen;
    }

    public String title() {
        return title;
    }

    public boolean offeredTo(Holdings rights) {
        return organizationWide ? rights.organizationWide(needed) : rights.anywhere(needed);
    }

    /** Builds the section's screen; nothing is loaded until it is activated. */
    public Screen buildScreen(ScreenContext context) {
        return screen.apply(context);
    }
}
