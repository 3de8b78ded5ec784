package io.spotguard.desktop.api;

import java.security.cert.CertificateException;

/**
 * Why {@link ServerTrust} refused a certificate the system does not trust: never seen before
 * ({@code pinnedFingerprint} null) or different from the one the admin accepted.
 */
final class CertificateRefusal extends CertificateException {
    private final transient CertificateInfo presented;
    private final String pinnedFingerprint;

    CertificateRefusal(CertificateInfo presented, String pinnedFingerprint, Throwable systemReason) {
        super(pinnedFingerprint == null ? "certificate not trusted" : "certificate differs from the pinned one",
                systemReason);
        this.presented = presented;
        this.pinnedFingerprint = pinnedFingerprint;
    }

    RuntimeException toUserFacing() {
        return pinnedFingerprint == null
                ? new UntrustedServerException(presented)
                : new CertificateChangedException(presented, pinnedFingerprint);
    }
}
