package io.spotguard.desktop.api;

import java.net.URI;

/** TLS failed for a reason other than trust, e.g. the certificate names another host, or no common protocol. */
public final class SecureConnectionException extends RuntimeException {
    private final URI server;

    public SecureConnectionException(URI server, Throwable cause) {
        super("secure connection to " + server + " failed", cause);
        this.server = server;
    }

    public URI server() {
        return server;
    }
}
