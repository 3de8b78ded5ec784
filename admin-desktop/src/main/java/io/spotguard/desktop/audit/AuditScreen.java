package io.spotguard.desktop.audit;

import io.spotguard.desktop.api.AuditApi;
import io.spotguard.desktop.session.ScreenContext;
import io.spotguard.desktop.ui.Screen;
import javafx.scene.Node;

/**
 * "Audit log". Activating it lists the newest page for the filter on screen, so events written while
 * the admin was elsewhere (their own changes included) are there; older pages load as they scroll.
 */
public final class AuditScreen implements Screen {
    private final AuditViewModel model;
    private final Node node;

    public AuditScreen(ScreenContext context) {
        this.model = new AuditViewModel(new AuditApi(context.api(), context.orgId()), context.runner(),
                context.notifier(), context.zone(), AuditViewModel.PAGE_SIZE);
        this.node = new AuditView(model).node();
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void activate() {
        model.apply();
    }

    /** Nothing to remove: the screen listens to nothing outside itself. */
    @Override
    public void deactivate() {
    }
}
