package io.spotguard.desktop.api;

/** The server's certificate is neither trusted by the system nor accepted by the admin yet. */
public final class UntrustedServerException extends RuntimeException {
    private final transient CertificateInfo certificate;

    public UntrustedServerException(CertificateInfo certificate) {
        super("untrusted certificate for " + certificate.hostPort());
        this.certificate = certificate;
    }

    public CertificateInfo certificate() {
        return certificate;
    }
}
