package io.spotguard.desktop.api;

import io.spotguard.model.auth.DevicePlatform;
import io.spotguard.model.validation.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * How this console introduces itself at sign-in. The id is random and stored once, because refresh tokens are
 * bound to it: a new id on every start would orphan every session.
 */
public record DeviceIdentity(String deviceId, String deviceName, DevicePlatform platform) {
    private static final String FILE_NAME = "device-id";

    public static DeviceIdentity load(Path configDir) {
        return new DeviceIdentity(storedDeviceId(configDir), hostName(), platformOf(System.getProperty("os.name", "")));
    }

    private static String storedDeviceId(Path configDir) {
        Path file = configDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (Rules.check().deviceId("deviceId", stored).errors().isEmpty()) {
                    return stored;
                }
            }
            String fresh = "console-" + UUID.randomUUID();
            Files.createDirectories(configDir);
            Files.writeString(file, fresh, StandardCharsets.UTF_8);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the device id in " + file, e);
        }
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > Rules.DEVICE_NAME_MAX ? name.substring(0, Rules.DEVICE_NAME_MAX) : name;
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }

    static DevicePlatform platformOf(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return DevicePlatform.WINDOWS;
        }
        if (os.startsWith("mac")) {
            return DevicePlatform.MACOS;
        }
        if (os.contains("linux")) {
            return DevicePlatform.LINUX;
        }
        return DevicePlatform.OTHER;
    }
}
