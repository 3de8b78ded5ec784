package io.spotguard.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** The headers every answer carries, errors and 404s included. */
public final class SecurityHeaders implements Filter {
    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        apply(res.headers());
        chain.proceed();
    }

    public static void apply(ServerResponseHeaders headers) {
        headers.set(HeaderNames.STRICT_TRANSPORT_SECURITY, "max-age=63072000; includeSubDomains");
        headers.set(HeaderNames.create("X-Frame-Options"), "DENY");
        headers.set(HeaderNames.create("X-Content-Type-Options"), "nosniff");
        // OWASP's advice: the legacy XSS auditor is off (its filtering could itself be abused); CSP does the work.
        headers.set(HeaderNames.create("X-XSS-Protection"), "0");
        headers.set(HeaderNames.create("Content-Security-Policy"),
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        headers.set(HeaderNames.create("Referrer-Policy"), "no-referrer");
        headers.set(HeaderNames.CACHE_CONTROL, "no-store");
        headers.remove(HeaderNames.SERVER);
        headers.remove(HeaderNames.create("X-Powered-By"));
    }
}
