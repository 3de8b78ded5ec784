package io.spotguard.desktop;

import java.nio.file.Path;

/** Where the console keeps what must survive a restart: its device id and the certificates the admin accepted. */
public final class ConsoleHome {
    /** Tests and portable installs point this elsewhere. */
    public static final String PROPERTY = "spotguard.console.home";

    private ConsoleHome() {
    }

    public static Path directory() {
        String configured = System.getProperty(PROPERTY);
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".spotguard-console");
    }
}
