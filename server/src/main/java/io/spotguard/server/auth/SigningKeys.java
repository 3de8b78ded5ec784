package io.spotguard.server.auth;

import io.spotguard.server.config.AppConfig;
import io.spotguard.server.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HS256 token signing keys, each with a key id so keys can rotate: the first key signs, every listed key
 * verifies. From the setting spotguard.auth.signing-key, else from a key file (generated on first start,
 * readable by its owner only).
 */
public final class SigningKeys {
    private static final int MIN_BYTES = 32;
    private final String activeKid;
    private final Map<String, byte[]> keys;

    private SigningKeys(Map<String, byte[]> keys) {
        this.keys = Map.copyOf(keys);
        this.activeKid = keys.keySet().iterator().next();
    }

    public static SigningKeys load(AppConfig config) {
        if (config.auth().signingKey() != null) {
            return new SigningKeys(parse(List.of(config.auth().signingKey().replaceFirst(":", " ")),
                    "setting spotguard.auth.signing-key (SPOTGUARD_AUTH_SIGNING_KEY)"));
        }
        Path file = config.auth().signingKeysFile() != null ? config.auth().signingKeysFile()
                : config.dataDir().resolve("keys").resolve("token-signing-keys");
        try {
            if (Files.notExists(file)) {
                generate(file);
            }
            return new SigningKeys(parse(Files.readAllLines(file, StandardCharsets.US_ASCII), file.toString()));
        } catch (IOException e) {
            throw new ConfigException("Cannot read or create the token signing keys at " + file + ": " + e.getMessage(), e);
        }
    }

    public String activeKid() {
        return activeKid;
    }

    public byte[] activeKey() {
        return keys.get(activeKid);
    }

    public Optional<byte[]> key(String kid) {
        return Optional.ofNullable(kid == null ? null : keys.get(kid));
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.getParent(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        byte[] secret = new byte[MIN_BYTES];
        SecureRandom random = new SecureRandom();
        random.nextBytes(secret);
        byte[] kid = new byte[6];
        random.nextBytes(kid);
        String line = "k-" + HexFormat.of().formatHex(kid) + " " + Base64.getEncoder().encodeToString(secret) + "\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, line, StandardCharsets.US_ASCII);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, byte[]> parse(List<String> lines, String source) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9_.-]{1,64}")) {
                throw new ConfigException("Token signing keys in " + source + " must be lines of \"kid base64-secret\"");
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("Token signing key " + parts[0] + " in " + source + " is not base64");
            }
            if (secret.length < MIN_BYTES) {
                throw new ConfigException("Token signing key " + parts[0] + " in " + source + " is shorter than 256 bits");
            }
            keys.put(parts[0], secret);
        }
        if (keys.isEmpty()) {
            throw new ConfigException("No token signing key in " + source);
        }
        return keys;
    }
}
