package io.spotguard.desktop.ui;

/** The console's one way to tell the user how something went. Failures are worded by {@link ErrorMessages}. */
public interface Notifier {
    void success(String message);

    void failure(Throwable error);
}
