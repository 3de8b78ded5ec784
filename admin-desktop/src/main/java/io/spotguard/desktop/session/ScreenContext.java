package io.spotguard.desktop.session;

import io.spotguard.desktop.api.ApiClient;
import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.Scheduler;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.rbac.Holdings;
import java.time.ZoneId;

/**
 * What the main window's screens are built from, one per signed-in session: the server and organization they
 * address (each feature wraps {@code api} in its own typed client), what the signed-in user may do there, and
 * the console's runner, notifier, scheduler and time zone.
 */
public record ScreenContext(ApiClient api, String orgId, Holdings rights, TaskRunner runner, Notifier notifier,
                            Scheduler scheduler, ZoneId zone) {
}
