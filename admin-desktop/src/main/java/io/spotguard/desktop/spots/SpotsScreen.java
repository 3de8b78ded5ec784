package io.spotguard.desktop.spots;

import io.spotguard.desktop.api.SpotsApi;
import io.spotguard.desktop.session.ScreenContext;
import io.spotguard.desktop.ui.Screen;
import javafx.scene.Node;

/** "Spots". Activating it reads the list again: spots are few per organization, so that is one short answer. */
public final class SpotsScreen implements Screen {
    private final SpotsViewModel model;
    private final Node node;

    public SpotsScreen(ScreenContext context) {
        this.model = new SpotsViewModel(new SpotsApi(context.api(), context.orgId()), context.runner(),
                context.notifier(), context.rights());
        this.node = new SpotsView(model).node();
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void activate() {
        model.load();
    }

    /** Nothing to remove: the screen listens to nothing outside itself. */
    @Override
    public void deactivate() {
    }
}
