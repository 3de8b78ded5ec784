package io.spotguard.server.security;

import io.helidon.http.HttpPrologue;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.spotguard.model.ErrorCodes;
import io.spotguard.server.db.Database;
import io.spotguard.server.http.ApiException;
import io.spotguard.server.http.Caller;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Where every route is registered with what it needs ({@link Access}), and the one place that enforces it:
 * authentication, then the permission over the declared scope, before the handler runs. Until a one-time
 * password is replaced, only routes declared {@link Access#signedInAnyPassword()} let the caller through. It also
 * knows which methods a path takes, so a request no route took is a 405 naming them rather than a 404.
 */
public final class SecuredRoutes {
    /** One registered route and what it needs, as the route listing shows it. */
    public record Declared(Method method, String path, Access access) {
    }

    private static final List<Method> METHODS = List.of(Method.GET, Method.HEAD, Method.POST, Method.PUT,
            Method.PATCH, Method.DELETE);
    private final HttpRules rules;
    private final Authentication authentication;
    private final Authorizer authorizer;
    private final Database database;
    private final List<Declared> declared = new CopyOnWriteArrayList<>();
    private final List<HttpRoute> routes = new CopyOnWriteArrayList<>();

    public SecuredRoutes(HttpRules rules, Authentication authentication, Authorizer authorizer, Database database) {
        this.rules = rules;
        this.database = database;
        this.authentication = authentication;
        this.authorizer = authorizer;
    }

    public SecuredRoutes register(SecuredService... services) {
        for (SecuredService service : services) {
            service.routing(this);
        }
        return this;
    }

    public SecuredRoutes get(String path, Access access, ApiHandler handler) {
        return route(Method.GET, path, access, handler);
    }

    public SecuredRoutes post(String path, Access access, ApiHandler handler) {
        return route(Method.POST, path, access, handler);
    }

    public SecuredRoutes put(String path, Access access, ApiHandler handler) {
        return route(Method.PUT, path, access, handler);
    }

    public SecuredRoutes patch(String path, Access access, ApiHandler handler) {
        return route(Method.PATCH, path, access, handler);
    }

    public SecuredRoutes delete(String path, Access access, ApiHandler handler) {
        return route(Method.DELETE, path, access, handler);
    }

    /** Every route registered so far with what it needs. */
    public List<Declared> declared() {
        return List.copyOf(declared);
    }

    /** The methods some route takes for this request's path: empty when the path is unknown (404), else 405. */
    public Set<Method> allowedFor(HttpPrologue request) {
        return METHODS.stream()
                .filter(method -> routes.stream().anyMatch(route -> route.accepts(withMethod(request, method)).accepted()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private SecuredRoutes route(Method method, String path, Access access, ApiHandler handler) {
        HttpRoute route = HttpRoute.builder().methods(method).path(path)
                .handler((req, res) -> handler.handle(admit(access, req, res))).build();
        declared.add(new Declared(method, path, access));
        routes.add(route);
        rules.route(route);
        return this;
    }

    private static HttpPrologue withMethod(HttpPrologue prologue, Method method) {
        return HttpPrologue.create(prologue.rawProtocol(), prologue.protocol(), prologue.protocolVersion(), method,
                prologue.uriPath(), prologue.query(), prologue.fragment());
    }

    private Call admit(Access access, ServerRequest req, ServerResponse res) {
        if (access.kind() == Access.Kind.EVERYONE) {
            return new Call(req, res, null, null, null);
        }
        Caller caller = authentication.authenticate(req);
        if (access.kind() != Access.Kind.SIGNED_IN_ANY_PASSWORD && caller.mustChangePassword()) {
            throw ApiException.forbidden(ErrorCodes.PASSWORD_CHANGE_REQUIRED,
                    "Change your one-time password before doing anything else.");
        }
        Call call = new Call(req, res, caller, null, null);
        return switch (access.kind()) {
            case EVERYONE, SIGNED_IN_ANY_PASSWORD, SIGNED_IN -> call;
            case ORGANIZATION -> {
                authorizer.require(caller, call.orgId(), access.permission());
                yield call;
            }
            case SPOT -> {
                String spotId = call.pathId("spotId");
                database.useTransaction(h -> authorizer.require(h, caller, call.orgId(), access.permission(), spotId));
                yield call;
            }
            case ACCOUNT -> {
                authorizer.require(caller, call.orgId(), access.permission());
                String userId = call.pathId("userId");
                database.useTransaction(h -> authorizer.requireCovers(h, caller, call.orgId(), userId, null));
                yield call;
            }
            case ANYWHERE -> new Call(req, res, caller, authorizer.reach(caller, call.orgId(), access.permission()),
                    null);
            case SCOPE_IN_REQUEST -> {
                authorizer.requireMember(caller, call.orgId());
                yield new Call(req, res, caller, null,
                        new ScopedAccess(authorizer, caller, call.orgId(), access.permission()));
            }
        };
    }
}
