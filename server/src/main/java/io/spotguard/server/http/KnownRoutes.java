package io.spotguard.server.http;

import io.helidon.http.HttpPrologue;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Registers the services on the routing and remembers their routes, so that a request no route took can be
 * told apart: a known path with another method is a 405 naming the allowed methods, anything else a 404.
 */
public final class KnownRoutes implements HttpRules {
    private static final List<Method> METHODS = List.of(Method.GET, Method.HEAD, Method.POST, Method.PUT,
            Method.PATCH, Method.DELETE);
    private final HttpRouting.Builder routing;
    private final List<HttpRoute> routes = new CopyOnWriteArrayList<>();

    public KnownRoutes(HttpRouting.Builder routing) {
        this.routing = routing;
    }

    @Override
    public HttpRules register(HttpService... services) {
        for (HttpService service : services) {
            service.routing(this);
        }
        return this;
    }

    /** Not used: a prefix would have to be applied to every remembered route too. */
    @Override
    public HttpRules register(String pathPattern, HttpService... services) {
        throw new UnsupportedOperationException("register services without a path prefix");
    }

    @Override
    public HttpRules route(HttpRoute route) {
        routes.add(route);
        routing.route(route);
        return this;
    }

    /** The methods some route accepts for this request's path (empty: the path is unknown). */
    public Set<Method> allowedFor(HttpPrologue request) {
        return METHODS.stream()
                .filter(method -> routes.stream().anyMatch(route -> route.accepts(withMethod(request, method)).accepted()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static HttpPrologue withMethod(HttpPrologue prologue, Method method) {
        return HttpPrologue.create(prologue.rawProtocol(), prologue.protocol(), prologue.protocolVersion(), method,
                prologue.uriPath(), prologue.query(), prologue.fragment());
    }
}
