package io.spotguard.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotguard.model.ApiPaths;
import io.spotguard.server.config.ConfigException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import io.spotguard.server.ServerApp;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** What the embedded default generates on first start, and keeps across restarts. */
class FirstStartTest {
    private final TestServer server = TestServer.get();

    @Test
    void generatedCertificateIsEcdsaP256ForLocalhostAndItsFingerprintIsTheOneServed() throws Exception {
        X509Certificate served = (X509Certificate) handshake("TLSv1.3", null).getPeerCertificates()[0];

        assertThat(served.getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(((ECPublicKey) served.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(served.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))).toList())
                .contains("localhost", "127.0.0.1");
        assertThat(server.app().certificateFingerprint())
                .matches("([0-9A-F]{2}:){31}[0-9A-F]{2}")
                .isEqualTo(TlsMaterial.fingerprint(served));
    }

    @Test
    void cbcCipherSuitesAreRefused() throws Exception {
        assertThat(handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256").getCipherSuite())
                .isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        assertThatThrownBy(() -> handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void keysAndCertificateAreReadableByTheirOwnerOnly() throws Exception {
        Path data = server.dataDir();
        for (Path secret : List.of(data.resolve("keys/token-signing-keys"), data.resolve("tls/server.p12"),
                data.resolve("tls/server.p12.password"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).as(secret.toString())
                    .isEqualTo("rw-------");
        }
        for (Path dir : List.of(data.resolve("keys"), data.resolve("tls"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as(dir.toString())
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aRestartKeepsTheCertificateTheSigningKeyAndTheSessions() {
        TestServer first = TestServer.startDedicated(Map.of());
        Tenant tenant = first.newTenant();
        String fingerprint = first.app().certificateFingerprint();
        first.close();

        try (ServerApp restarted = first.startSecondNode()) {
            assertThat(restarted.certificateFingerprint()).isEqualTo(fingerprint);
            HttpsClient http = first.httpTo(restarted);
            assertThat(http.get(ApiPaths.ME, tenant.owner().token()).status()).isEqualTo(200);
        }
    }

    @Test
    void aProductionKeystoreIsServedAndAWeakKeyIsRefused() throws Exception {
        Path dir = Files.createTempDirectory("spotguard-keystore-");
        Path strong = rsaKeystore(dir.resolve("strong.p12"), 2048, "keystore-pass");
        Path weak = rsaKeystore(dir.resolve("weak.p12"), 1024, "keystore-pass");

        TestServer withKeystore = TestServer.startDedicated(Map.of("spotguard.tls.keystore", strong.toString(),
                "spotguard.tls.keystore-password", "keystore-pass"));
        try {
            assertThat(withKeystore.app().tlsMaterial().selfSigned()).isFalse();
            assertThat(withKeystore.app().certificateFingerprint()).isEqualTo(TlsMaterial.fingerprint(
                    (X509Certificate) load(strong, "keystore-pass").getCertificate("server")));
        } finally {
            withKeystore.close();
        }
        assertThatThrownBy(() -> TestServer.startDedicated(Map.of("spotguard.tls.keystore", weak.toString(),
                "spotguard.tls.keystore-password", "keystore-pass")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("at least 2048 bits");
        assertThatThrownBy(() -> TestServer.startDedicated(Map.of("spotguard.tls.keystore", strong.toString(),
                "spotguard.tls.keystore-password", "wrong")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("spotguard.tls.keystore-password");
    }

    private static Path rsaKeystore(Path file, int bits, String password) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(86_400)), name,
                keys.getPublic())
                .addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", keys.getPrivate(), password.toCharArray(), new X509Certificate[] {certificate});
        try (var out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static KeyStore load(Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private SSLSession handshake(String protocol, String cipherSuite) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        // Trusts anything on purpose: these tests look at what the server presents, not at trust.
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", server.app().port())) {
            socket.setEnabledProtocols(new String[] {protocol});
            if (cipherSuite != null) {
                socket.setEnabledCipherSuites(new String[] {cipherSuite});
            }
            socket.startHandshake();
            return socket.getSession();
        }
    }
}
