package io.spotguard.server.security;

import io.helidon.webserver.http.ServerRequest;
import io.spotguard.server.http.Caller;

/** Establishes who sends a request (the auth feature's token check); refuses with 401 when nobody valid does. */
public interface Authentication {
    Caller authenticate(ServerRequest req);
}
