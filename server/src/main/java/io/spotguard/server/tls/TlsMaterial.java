package io.spotguard.server.tls;

import io.spotguard.server.config.AppConfig;
import io.spotguard.server.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The server's key and certificate chain: from the configured PKCS#12 keystore, or a self-signed certificate
 * generated on first start and kept (owner-readable) under the data directory.
 */
public record TlsMaterial(PrivateKey privateKey, List<X509Certificate> chain, boolean selfSigned) {

    public static TlsMaterial load(AppConfig config) {
        AppConfig.Tls tls = config.tls();
        if (tls.keystore() != null) {
            return read(tls.keystore(), tls.keystorePassword().toCharArray(), false,
                    "setting spotguard.tls.keystore (SPOTGUARD_TLS_KEYSTORE)");
        }
        Path dir = config.dataDir().resolve("tls");
        Path keystore = dir.resolve("server.p12");
        Path passwordFile = dir.resolve("server.p12.password");
        try {
            if (Files.notExists(keystore)) {
                generate(dir, keystore, passwordFile, tls.hostnames());
            }
            char[] password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
            return read(keystore, password, true, keystore.toString());
        } catch (IOException e) {
            throw new ConfigException("Cannot create or read the self-signed certificate under " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** SHA-256 of the leaf certificate, as admins compare it: upper-case hex pairs joined by ':'. */
    public String fingerprint() {
        return fingerprint(chain.getFirst());
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return String.join(":", Arrays.stream(HexFormat.of().withUpperCase().formatHex(digest).split("(?<=\\G..)"))
                    .toList());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TlsMaterial read(Path file, char[] password, boolean selfSigned, String source) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    Certificate[] chain = store.getCertificateChain(alias);
                    List<X509Certificate> certificates = Arrays.stream(chain).map(c -> (X509Certificate) c).toList();
                    requireStrongKey(certificates.getFirst(), source);
                    return new TlsMaterial(key, certificates, selfSigned);
                }
            }
            throw new ConfigException("The keystore in " + source + " holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("Cannot read the TLS keystore in " + source
                    + " (check the file and spotguard.tls.keystore-password): " + e.getMessage(), e);
        }
    }

    private static void requireStrongKey(X509Certificate certificate, String source) {
        var key = certificate.getPublicKey();
        boolean strong = switch (key.getAlgorithm().toUpperCase(Locale.ROOT)) {
            case "RSA" -> ((java.security.interfaces.RSAPublicKey) key).getModulus().bitLength() >= 2048;
            case "EC" -> ((java.security.interfaces.ECPublicKey) key).getParams().getCurve().getField().getFieldSize() >= 256;
            default -> false;
        };
        if (!strong) {
            throw new ConfigException("The certificate in " + source + " needs an RSA key of at least 2048 bits "
                    + "or an ECDSA P-256 (or stronger) key");
        }
    }

    private static void generate(Path dir, Path keystore, Path passwordFile, List<String> hostnames) throws IOException {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
        try {
            KeyStore store = SelfSignedCertificate.create(hostnames, password);
            writePrivately(passwordFile, out -> out.write(new String(password).getBytes(StandardCharsets.US_ASCII)));
            writePrivately(keystore, out -> {
                try {
                    store.store(out, password);
                } catch (GeneralSecurityException e) {
                    throw new IOException(e);
                }
            });
        } catch (GeneralSecurityException e) {
            throw new IOException("certificate generation failed: " + e.getMessage(), e);
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void writePrivately(Path file, Writer writer) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
