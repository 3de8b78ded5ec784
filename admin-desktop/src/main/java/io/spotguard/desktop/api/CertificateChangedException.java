package io.spotguard.desktop.api;

/**
 * The server now shows a certificate other than the one the admin accepted. This is what an interception
 * looks like, so the connection is refused and never silently re-trusted.
 */
public final class CertificateChangedException extends RuntimeException {
    private final transient CertificateInfo presented;
    private final String pinnedFingerprint;

    public CertificateChangedException(CertificateInfo presented, String pinnedFingerprint) {
        super("certificate of " + presented.hostPort() + " changed");
        this.presented = presented;
        this.pinnedFingerprint = pinnedFingerprint;
    }

    public CertificateInfo presented() {
        return presented;
    }

    public String pinnedFingerprint() {
        return pinnedFingerprint;
    }
}
