package io.spotguard.server.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw settings: application.yaml defaults, then an optional file named by SPOTGUARD_CONFIG, then
 * SPOTGUARD_* environment variables, then explicit overrides (tests, embedding). Every value is read as text
 * and typed by {@link AppConfig}, so a bad value is reported with its key and its environment variable name.
 */
final class Settings {
    static final String PREFIX = "spotguard.";
    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    static Settings load(Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> defaults = flatten(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.classpath("application.yaml"))
                .build());
        Map<String, String> values = new TreeMap<>(defaults);
        String file = environment.get("SPOTGUARD_CONFIG");
        if (file != null && !file.isBlank()) {
            values.putAll(fromFile(Path.of(file), defaults));
        }
        for (String key : defaults.keySet()) {
            String env = environment.get(envName(key));
            if (env != null) {
                values.put(key, env);
            }
        }
        for (var entry : overrides.entrySet()) {
            if (!defaults.containsKey(entry.getKey())) {
                throw new ConfigException("Unknown setting " + entry.getKey());
            }
            values.put(entry.getKey(), entry.getValue());
        }
        return new Settings(values);
    }

    /** The environment variable that overrides a key: spotguard.http.max-payload-bytes -> SPOTGUARD_HTTP_MAX_PAYLOAD_BYTES. */
    static String envName(String key) {
        return "SPOTGUARD_" + key.substring(PREFIX.length()).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** All keys of application.yaml with their environment variable names, for documentation and its test. */
    static Map<String, String> defaults() {
        return load(Map.of(), Map.of()).values;
    }

    String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("No default for " + key + " in application.yaml");
        }
        return value.strip();
    }

    int integer(String key, int min, int max) {
        String value = text(key);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw bad(key, value, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw bad(key, value, "must be a whole number between " + min + " and " + max);
        }
    }

    ConfigException bad(String key, String value, String why) {
        return new ConfigException("Setting " + key + " (environment " + envName(key) + ") " + why
                + (value == null ? "" : "; got '" + value + "'"));
    }

    private static Map<String, String> fromFile(Path file, Map<String, String> defaults) {
        if (!Files.isReadable(file)) {
            throw new ConfigException("SPOTGUARD_CONFIG names " + file + ", which cannot be read");
        }
        Map<String, String> values = flatten(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.file(file))
                .build());
        for (String key : values.keySet()) {
            if (!defaults.containsKey(key)) {
                throw new ConfigException("Unknown setting " + key + " in " + file);
            }
        }
        return values;
    }

    private static Map<String, String> flatten(Config config) {
        Map<String, String> values = new HashMap<>();
        config.get("spotguard").traverse()
                .filter(Config::isLeaf)
                .forEach(node -> values.put(node.key().toString(), node.asString().orElse("")));
        return values;
    }
}
