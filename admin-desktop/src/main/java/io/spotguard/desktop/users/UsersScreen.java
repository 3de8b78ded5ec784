package io.spotguard.desktop.users;

import io.spotguard.desktop.api.GrantsApi;
import io.spotguard.desktop.api.SpotsApi;
import io.spotguard.desktop.api.UsersApi;
import io.spotguard.desktop.session.ScreenContext;
import io.spotguard.desktop.ui.Screen;
import io.spotguard.desktop.users.grants.GrantsView;
import io.spotguard.desktop.users.grants.GrantsViewModel;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.users.User;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;

/**
 * "Users & grants": the users list, and beside it the grants of the user selected there. Activating it lists the
 * first page again for the search the admin left, and reloads the grant choices and the shown user's grants:
 * spots may have been added or renamed in the spots section meanwhile.
 */
public final class UsersScreen implements Screen {
    private final UsersViewModel users;
    private final GrantsViewModel grants;
    private final ChangeListener<User> showGrants;
    private final Node node;

    public UsersScreen(ScreenContext context) {
        this.users = new UsersViewModel(new UsersApi(context.api(), context.orgId()), context.runner(),
                context.notifier(), context.scheduler(), UsersViewModel.PAGE_SIZE);
        this.grants = new GrantsViewModel(new GrantsApi(context.api(), context.orgId()),
                new SpotsApi(context.api(), context.orgId()), context.runner(), context.notifier(), context.rights());
        this.showGrants = (obs, old, user) -> grants.show(user);
        // Account changes reach beyond one spot, so they need users.manage over the whole organization.
        this.node = new UsersView(users, new GrantsView(grants).node(),
                context.rights().organizationWide(Permission.USERS_MANAGE)).node();
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void activate() {
        grants.activate();
        // A selection made while hidden (a user created just before leaving) is caught up with here.
        grants.show(users.selectedProperty().get());
        users.selectedProperty().addListener(showGrants);
        users.activate();
    }

    @Override
    public void deactivate() {
        users.selectedProperty().removeListener(showGrants);
        users.deactivate();
    }
}
