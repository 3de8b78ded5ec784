package io.spotguard.desktop.users;

import io.spotguard.desktop.api.UsersApi;
import io.spotguard.desktop.ui.Debouncer;
import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.PagedLoader;
import io.spotguard.desktop.ui.Scheduler;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.model.users.UpdateUserRequest;
import io.spotguard.model.users.User;
import io.spotguard.model.users.UserStatus;
import io.spotguard.model.validation.Emails;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;

/**
 * The users the admin can see, searched and paged on the server, and what an admin does to one of them. While
 * active, changing the search text searches by itself once typing pauses for {@link #SEARCH_DELAY}.
 */
public final class UsersViewModel {
    public static final int PAGE_SIZE = 100;
    /** Long enough to span the keystrokes of a word, short enough to feel immediate. */
    public static final Duration SEARCH_DELAY = Duration.ofMillis(300);

    private final UsersApi api;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final PagedLoader<User> users;
    private final int pageSize;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>(this, "selected");
    private final Debouncer searchWhenTypingPauses;
    private final ChangeListener<String> typing;

    public UsersViewModel(UsersApi api, TaskRunner runner, Notifier notifier, Scheduler scheduler, int pageSize) {
        this.api = api;
        this.runner = runner;
        this.notifier = notifier;
        this.pageSize = pageSize;
        this.users = new PagedLoader<>(runner, notifier);
        this.searchWhenTypingPauses = new Debouncer(scheduler, SEARCH_DELAY, this::search);
        this.typing = (obs, old, text) -> searchWhenTypingPauses.trigger();
    }

    /** Shown: lists the first page again for the search text the admin left, and searches as they type. */
    public void activate() {
        query.addListener(typing);
        search();
    }

    /** Left: no search starts any more, not even one the last keystrokes had scheduled. */
    public void deactivate() {
        query.removeListener(typing);
        searchWhenTypingPauses.cancel();
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

    /** Lists from the first page for the current search text, now (e.g. on Enter) rather than after the pause. */
    public void search() {
        searchWhenTypingPauses.cancel();
        String text = query.get().strip();
        users.reset(cursor -> api.users(text, pageSize, cursor));
    }

    public void loadMore() {
        users.loadMore();
    }

    public void create(CreateUserRequest request, Consumer<OneTimePassword> showPassword) {
        runner.run(() -> api.createUser(request)).onSuccess(created -> {
            selected.set(created.user());
            search();
            showPassword.accept(created);
        }).onFailure(notifier::failure);
    }

    /** Saves a changed email and/or name; sends only what changed, and nothing when nothing did. */
    public void update(User user, String email, String displayName) {
        UpdateUserRequest request = changes(user, email, displayName);
        if (request.email() == null && request.displayName() == null) {
            return;
        }
        runner.run(() -> api.updateUser(user.id(), request)).onSuccess(changed -> {
            updated(changed);
            notifier.success(changed.email() + " is saved.");
        }).onFailure(notifier::failure);
    }

    /**
     * What an edit changes; unchanged fields are left out so they cannot overwrite someone else's change. An email
     * is unchanged when it is the stored one in another spelling (case, or the Unicode form of its domain).
     */
    public static UpdateUserRequest changes(User user, String email, String displayName) {
        String newEmail = email == null ? null : email.strip();
        String newName = displayName == null ? null : displayName.strip();
        return new UpdateUserRequest(newEmail == null || sameAddress(newEmail, user.email()) ? null : newEmail,
                newName == null || newName.equals(user.displayName()) ? null : newName);
    }

    private static boolean sameAddress(String typed, String stored) {
        try {
            return Emails.normalize(typed).equals(stored);
        } catch (Emails.InvalidEmailException e) {
            return false;
        }
    }

    /** Disables an active user, or enables a disabled one. */
    public void toggleEnabled(User user) {
        boolean disabling = user.status() != UserStatus.DISABLED;
        runner.run(() -> disabling ? api.disableUser(user.id()) : api.enableUser(user.id()))
                .onSuccess(changed -> {
                    updated(changed);
                    notifier.success(changed.email() + (disabling ? " is disabled and signed out." : " is enabled."));
                }).onFailure(notifier::failure);
    }

    public void resetPassword(User user, Consumer<OneTimePassword> showPassword) {
        runner.run(() -> api.resetPassword(user.id())).onSuccess(reset -> {
            updated(reset.user());
            showPassword.accept(reset);
        }).onFailure(notifier::failure);
    }

    public void revokeSessions(User user) {
        runner.run(() -> api.revokeSessions(user.id()))
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
