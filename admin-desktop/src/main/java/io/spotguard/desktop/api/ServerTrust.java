package io.spotguard.desktop.api;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts what the system trusts (CA-signed certificates), and otherwise only the certificate the admin accepted
 * for that host:port. A pinned certificate still goes through the JDK's own checks with itself as the trust
 * anchor, so expiry and host-name verification stay on.
 */
public final class ServerTrust extends X509ExtendedTrustManager {
    private final PinnedCertificates pins;
    private X509ExtendedTrustManager system; // guarded by this

    public ServerTrust(PinnedCertificates pins) {
        this.pins = pins;
    }

    public PinnedCertificates pins() {
        return pins;
    }

    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {this}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            system().checkServerTrusted(chain, authType, engine);
        } catch (CertificateException systemRefusal) {
            X509ExtendedTrustManager pinned = pinnedTrust(hostPort(engine.getPeerHost(), engine.getPeerPort()),
                    chain, systemRefusal);
            pinned.checkServerTrusted(chain, authType, engine);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        try {
            system().checkServerTrusted(chain, authType, socket);
        } catch (CertificateException systemRefusal) {
            String peerHost = socket instanceof SSLSocket ssl && ssl.getHandshakeSession() != null
                    ? ssl.getHandshakeSession().getPeerHost()
                    : socket.getInetAddress().getHostName();
            pinnedTrust(hostPort(peerHost, socket.getPort()), chain, systemRefusal)
                    .checkServerTrusted(chain, authType, socket);
        }
    }

    // Without a connection there is no host to look a pin up for (and no host name to verify).
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        system().checkServerTrusted(chain, authType);
    }

    private X509ExtendedTrustManager pinnedTrust(String hostPort, X509Certificate[] chain,
                                                 CertificateException systemRefusal) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw systemRefusal;
        }
        CertificateInfo presented = CertificateInfo.of(hostPort, chain[0]);
        Optional<String> pinned = pins.fingerprintFor(hostPort);
        if (pinned.isEmpty()) {
            throw new CertificateRefusal(presented, null, systemRefusal);
        }
        if (!pinned.get().equals(presented.fingerprint())) {
            throw new CertificateRefusal(presented, pinned.get(), systemRefusal);
        }
        return trustManagerFor(chain[0]);
    }

    /**
     * Read on first use, not on construction: reading the system trust store is file I/O, and the first use is a
     * connection in background work while construction happens as the window opens.
     */
    private synchronized X509ExtendedTrustManager system() {
        if (system == null) {
            system = trustManagerFor(null);
        }
        return system;
    }

    static String hostPort(String host, int port) {
        return host + ":" + port;
    }

    private static X509ExtendedTrustManager trustManagerFor(X509Certificate anchor) {
        try {
            KeyStore anchors = null;
            if (anchor != null) {
                anchors = KeyStore.getInstance(KeyStore.getDefaultType());
                anchors.load(null, null);
                anchors.setCertificateEntry("pinned", anchor);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            return Arrays.stream(factory.getTrustManagers())
                    .filter(X509ExtendedTrustManager.class::isInstance)
                    .map(X509ExtendedTrustManager.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no X509 trust manager in this Java runtime"));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot set up certificate checks", e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        system().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        system().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        system().checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system().getAcceptedIssuers();
    }
}
