package io.spotguard.desktop.users;

import io.spotguard.desktop.api.OrganizationApi;
import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.PagedLoader;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.model.users.User;
import io.spotguard.model.users.UserStatus;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/** The organization's users, searched and paged on the server, and what an admin does to one of them. */
public final class UsersViewModel {
    public static final int PAGE_SIZE = 100;

    private final OrganizationApi organization;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final PagedLoader<User> users;
    private final int pageSize;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>(this, "selected");

    public UsersViewModel(OrganizationApi organization, TaskRunner runner, Notifier notifier, int pageSize) {
        this.organization = organization;
        this.runner = runner;
        this.notifier = notifier;
        this.pageSize = pageSize;
        this.users = new PagedLoader<>(runner, notifier);
    }

    public ObservableList<User> users() {
        return users.items();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<User> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return users.loadingProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return users.hasMoreProperty();
    }

    /** Lists from the first page for the current search text. */
    public void search() {
        String text = query.get().strip();
        users.reset(cursor -> organization.users(text, pageSize, cursor));
    }

    public void loadMore() {
        users.loadMore();
    }

    public void create(CreateUserRequest request, Consumer<OneTimePassword> showPassword) {
        runner.run(() -> organization.createUser(request)).onSuccess(created -> {
            selected.set(created.user());
            search();
            showPassword.accept(created);
        }).onFailure(notifier::failure);
    }

    /** Disables an active user, or enables a disabled one. */
    public void toggleEnabled(User user) {
        boolean disabling = user.status() != UserStatus.DISABLED;
        runner.run(() -> disabling ? organization.disableUser(user.id()) : organization.enableUser(user.id()))
                .onSuccess(changed -> {
                    updated(changed);
                    notifier.success(changed.email() + (disabling ? " is disabled and signed out." : " is enabled."));
                }).onFailure(notifier::failure);
    }

    public void resetPassword(User user, Consumer<OneTimePassword> showPassword) {
        runner.run(() -> organization.resetPassword(user.id())).onSuccess(reset -> {
            updated(reset.user());
            showPassword.accept(reset);
        }).onFailure(notifier::failure);
    }

    public void revokeSessions(User user) {
        runner.run(() -> organization.revokeSessions(user.id()))
                .onSuccess(done -> notifier.success(user.email() + " is signed out everywhere."))
                .onFailure(notifier::failure);
    }

    private void updated(User changed) {
        users.replace(user -> user.id().equals(changed.id()) ? changed : user);
        if (selected.get() != null && selected.get().id().equals(changed.id())) {
            selected.set(changed);
        }
    }
}
