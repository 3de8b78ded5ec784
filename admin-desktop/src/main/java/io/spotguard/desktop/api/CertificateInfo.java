package io.spotguard.desktop.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** What an admin needs to recognise a server's certificate: whose it is and its SHA-256 fingerprint. */
public record CertificateInfo(String hostPort, String subject, String fingerprint) {

    public static CertificateInfo of(String hostPort, X509Certificate certificate) {
        return new CertificateInfo(hostPort, certificate.getSubjectX500Principal().getName(), fingerprint(certificate));
    }

    /** Upper-case hex pairs separated by ':' — the format the server prints and IT departments hand out. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the server certificate", e);
        }
    }
}
