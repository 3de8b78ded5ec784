package io.spotguard.desktop;

import io.spotguard.desktop.ui.ErrorMessages;
import io.spotguard.desktop.ui.Notifier;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the user would have been told, worded as the console words it. */
public final class RecordingNotifier implements Notifier {
    public final List<String> successes = new ArrayList<>();
    public final List<String> failures = new ArrayList<>();
    public final List<Throwable> errors = new ArrayList<>();

    @Override
    public void success(String message) {
        successes.add(message);
    }

    @Override
    public void failure(Throwable error) {
        errors.add(error);
        failures.add(ErrorMessages.describe(error));
    }
}
