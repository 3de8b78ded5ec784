package io.spotguard.desktop.password;

import io.spotguard.desktop.session.Navigation;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.ui.ErrorMessages;
import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.FieldError;
import io.spotguard.model.auth.ChangePasswordRequest;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Replaces the one-time password at first sign-in. The form is checked as it is typed: the button is enabled when
 * the request passes the API's own rules and the confirmation matches. The server still has the last word.
 */
public final class ChangePasswordViewModel {
    static final String MISMATCH = "The new password and its confirmation differ.";

    private final Session session;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final Navigation navigation;

    private final StringProperty currentPassword = new SimpleStringProperty(this, "currentPassword", "");
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final ObjectBinding<List<String>> problems;
    private final BooleanBinding formInvalid;
    private final StringBinding hint;

    public ChangePasswordViewModel(Session session, TaskRunner runner, Notifier notifier, Navigation navigation) {
        this.session = session;
        this.runner = runner;
        this.notifier = notifier;
        this.navigation = navigation;
        this.problems = Bindings.createObjectBinding(this::currentProblems, currentPassword, newPassword, confirmation);
        this.formInvalid = Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems)
                .or(runner.busyProperty());
        // Nag about the new password only once the admin has started typing it.
        this.hint = Bindings.createStringBinding(
                () -> newPassword.get().isEmpty() || problems.get().isEmpty() ? "" : problems.get().getFirst(),
                problems, newPassword);
    }

    public StringProperty currentPasswordProperty() {
        return currentPassword;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanBinding formInvalidProperty() {
        return formInvalid;
    }

    public StringBinding hintProperty() {
        return hint;
    }

    public List<String> problems() {
        return problems.get();
    }

    public void changePassword() {
        if (!problems.get().isEmpty()) {
            return;
        }
        ChangePasswordRequest request = new ChangePasswordRequest(currentPassword.get(), newPassword.get());
        runner.run(() -> session.changePassword(request)).onSuccess(step -> {
            clear();
            notifier.success("Password changed. Use your new password from now on.");
            navigation.showSignInStep(step);
        }).onFailure(notifier::failure);
    }

    /** Gives up on the change: the restricted session is ended, not left lying around. */
    public void cancel() {
        clear();
        runner.run(session::signOut).onSuccess(done -> navigation.showSignIn())
                .onFailure(error -> navigation.showSignIn());
    }

    private List<String> currentProblems() {
        List<String> found = new ArrayList<>();
        for (FieldError error : new ChangePasswordRequest(currentPassword.get(), newPassword.get()).validationErrors()) {
            found.add(ErrorMessages.describe(error) + ".");
        }
        if (!newPassword.get().equals(confirmation.get())) {
            found.add(MISMATCH);
        }
        return List.copyOf(found);
    }

    private void clear() {
        currentPassword.set("");
        newPassword.set("");
        confirmation.set("");
    }
}
