package io.spotguard.desktop.users.grants;

import io.spotguard.desktop.api.GrantsApi;
import io.spotguard.desktop.api.SpotsApi;
import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.rbac.GrantRequest;
import io.spotguard.model.rbac.Holdings;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The grants of one user: what they hold, granting a role over the organization or a spot, and revoking. The
 * choices offered are only those the signed-in admin can grant ({@link GrantChoices}).
 */
public final class GrantsViewModel {
    private final GrantsApi grantsApi;
    private final SpotsApi spotsApi;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final Holdings rights;
    private final GrantChoices choices;
    private List<Role> allRoles = List.of();

    private final ObjectProperty<User> user = new SimpleObjectProperty<>(this, "user");
    private final ObservableList<RoleMapping> grants = FXCollections.observableArrayList();
    private final ObservableList<Role> roles = FXCollections.observableArrayList();
    private final ObservableList<GrantScope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<GrantScope> scope = new SimpleObjectProperty<>(this, "scope");
    private final BooleanBinding canGrant;

    public GrantsViewModel(GrantsApi grantsApi, SpotsApi spotsApi, TaskRunner runner, Notifier notifier,
                           Holdings rights) {
        this.grantsApi = grantsApi;
        this.spotsApi = spotsApi;
        this.runner = runner;
        this.notifier = notifier;
        this.rights = rights;
        this.choices = new GrantChoices(rights);
        scope.addListener((obs, old, where) -> offerRolesFor(where));
        this.canGrant = Bindings.createBooleanBinding(
                () -> user.get() != null && role.get() != null && scope.get() != null && !runner.busyProperty().get(),
                user, role, scope, runner.busyProperty());
    }

    public ObjectProperty<User> userProperty() {
        return user;
    }

    public ObservableList<RoleMapping> grants() {
        return grants;
    }

    public ObservableList<Role> roles() {
        return roles;
    }

    public ObservableList<GrantScope> scopes() {
        return scopes;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<GrantScope> scopeProperty() {
        return scope;
    }

    public BooleanBinding canGrantProperty() {
        return canGrant;
    }

    /**
     * Whether granting is offered at all. A spot admin grants within their spot, so users.grant held anywhere is
     * enough; which roles and scopes they may choose is narrowed by {@link GrantChoices}.
     */
    public boolean mayGrant() {
        return rights.anywhere(Permission.USERS_GRANT);
    }

    /**
     * Shown: (re)loads what can be granted where and the shown user's grants, since spots may have been added,
     * renamed or deleted while the screen was away.
     */
    public void activate() {
        if (mayGrant()) {
            loadChoices();
        }
        loadGrants();
    }

    /** Loads what can be granted where; spots are few per organization, so they come in one list. */
    private void loadChoices() {
        // Without spots.read the server refuses the list; such an admin can grant over the organization only.
        boolean readsSpots = rights.anywhere(Permission.SPOTS_READ);
        runner.run(() -> new Loaded(grantsApi.roles(), readsSpots ? spotsApi.spots() : List.of()))
                .onSuccess(loaded -> {
                    allRoles = loaded.roles();
                    scopes.setAll(choices.scopes(loaded.spots()));
                    if (scope.get() == null || !scopes.contains(scope.get())) {
                        scope.set(scopes.isEmpty() ? null : scopes.getFirst());
                    }
                    offerRolesFor(scope.get());
                }).onFailure(notifier::failure);
    }

    private record Loaded(List<Role> roles, List<Spot> spots) {
    }

    private void offerRolesFor(GrantScope where) {
        Role chosen = role.get();
        roles.setAll(choices.roles(allRoles, where));
        role.set(roles.contains(chosen) ? chosen : null);
    }

    /**
     * Shows the grants of {@code shown}. The same user again, edited (a new name, enabled, a reset password), only
     * renews the heading: their grants did not change, so they are neither cleared nor asked for again.
     */
    public void show(User shown) {
        boolean sameUser = isShown(shown);
        user.set(shown);
        if (sameUser) {
            return;
        }
        grants.clear();
        loadGrants();
    }

    private void loadGrants() {
        User shown = user.get();
        if (shown == null) {
            return;
        }
        runner.run(() -> grantsApi.grantsOf(shown.id())).onSuccess(found -> {
            if (isShown(shown)) {
                grants.setAll(found);
            }
        }).onFailure(notifier::failure);
    }

    /** Whether the answer about {@code someone} still belongs on screen; users are compared by id, not by value. */
    private boolean isShown(User someone) {
        User current = user.get();
        return someone != null && current != null && someone.id().equals(current.id());
    }

    public void grant() {
        if (!canGrant.get()) {
            return;
        }
        User grantee = user.get();
        Role granted = role.get();
        GrantScope where = scope.get();
        runner.run(() -> grantsApi.grant(new GrantRequest(grantee.id(), granted.id(), where.spotId())))
                .onSuccess(mapping -> {
                    if (isShown(grantee)) {
                        grants.add(mapping);
                    }
                    notifier.success(grantee.email() + " now holds " + granted.name() + " over "
                            + where.inSentence() + ".");
                }).onFailure(notifier::failure);
    }

    public void revoke(RoleMapping mapping) {
        runner.run(() -> grantsApi.revokeGrant(mapping.id())).onSuccess(done -> {
            grants.removeIf(g -> g.id().equals(mapping.id()));
            notifier.success(mapping.roleName() + " was revoked from " + mapping.userEmail() + ".");
        }).onFailure(notifier::failure);
    }

    public static String describeScope(RoleMapping mapping) {
        return (mapping.organizationWide() ? GrantScope.WHOLE_ORGANIZATION
                : new GrantScope(mapping.spotId(), mapping.spotName())).label();
    }
}
