package io.spotguard.desktop.api;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The certificates an admin accepted, one SHA-256 fingerprint per server host:port, kept in a file so the
 * decision survives restarts and a later, different certificate is noticed.
 */
public final class PinnedCertificates {
    private static final String FILE_NAME = "pinned-certificates.properties";

    private final Path file;

    public PinnedCertificates(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public synchronized Optional<String> fingerprintFor(String hostPort) {
        return Optional.ofNullable(load().getProperty(key(hostPort)));
    }

    public synchronized void pin(String hostPort, String fingerprint) {
        Properties pins = load();
        pins.setProperty(key(hostPort), fingerprint);
        store(pins);
    }

    private static String key(String hostPort) {
        return hostPort.toLowerCase(Locale.ROOT);
    }

    private Properties load() {
        Properties pins = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                pins.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return pins;
    }

    // Written to a temporary file and moved, so a crash never leaves half a trust decision behind.
    private void store(Properties pins) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                pins.store(writer, "Server certificates accepted in the Spotguard console (host:port = SHA-256)");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
