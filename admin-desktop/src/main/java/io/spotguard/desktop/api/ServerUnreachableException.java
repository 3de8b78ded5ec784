package io.spotguard.desktop.api;

import java.net.URI;

/** No answer from the server: wrong address, server down, or a network in between. */
public final class ServerUnreachableException extends RuntimeException {
    private final URI server;

    public ServerUnreachableException(URI server, Throwable cause) {
        super("cannot reach " + server, cause);
        this.server = server;
    }

    public URI server() {
        return server;
    }
}
