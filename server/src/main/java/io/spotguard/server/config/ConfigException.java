package io.spotguard.server.config;

/** A setting that cannot be used; start-up stops with this message, which names the setting. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
