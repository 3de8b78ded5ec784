package io.spotguard.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpPrologue;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.Problem;
import io.spotguard.server.db.DatabaseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one place where failures become answers: RFC 9457 problem+json with a stable code, security headers,
 * and never a stack trace, SQL or class name. Unexpected failures are logged with an incident id the client
 * sees, so support can find them.
 */
public final class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    private ErrorMapper() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, (req, res, e) -> send(res, e));
        routing.error(DatabaseException.class, (req, res, e) -> {
            if (e.isConstraintViolation()) {
                // Two requests raced past the same uniqueness check; the database kept the first.
                send(res, ApiException.conflict(ErrorCodes.CONFLICT,
                        "This collides with a change made at the same time. Reload and try again."));
            } else {
                unexpected(req, res, e);
            }
        });
        routing.error(Exception.class, ErrorMapper::unexpected);
    }

    /** TRACE would echo credentials back; refused before routing. */
    public static void refuseTrace(HttpRouting.Builder routing) {
        routing.addFilter((chain, req, res) -> {
            if (req.prologue().method().equals(Method.TRACE) || req.prologue().method().text().equals("TRACK")) {
                throw ApiException.methodNotAllowed("");
            }
            chain.proceed();
        });
    }

    /**
     * Registered last: whatever no route took is a problem+json 405 naming the allowed methods when the path is
     * known, and a 404 otherwise.
     */
    public static void fallback(HttpRouting.Builder routing, Function<HttpPrologue, Set<Method>> allowedMethods) {
        routing.any((req, res) -> {
            Set<Method> allowed = allowedMethods.apply(req.prologue());
            if (allowed.isEmpty()) {
                throw ApiException.notFound();
            }
            throw ApiException.methodNotAllowed(allowed.stream().map(Method::text).collect(Collectors.joining(", ")));
        });
    }

    /** The one place a kind of refusal becomes an HTTP status. */
    static Status status(ApiException.Kind kind) {
        return switch (kind) {
            case INVALID, BAD_REQUEST -> Status.BAD_REQUEST_400;
            case UNAUTHENTICATED -> Status.UNAUTHORIZED_401;
            case FORBIDDEN -> Status.FORBIDDEN_403;
            case NOT_FOUND -> Status.NOT_FOUND_404;
            case METHOD_NOT_ALLOWED -> Status.METHOD_NOT_ALLOWED_405;
            case CONFLICT -> Status.CONFLICT_409;
            case PAYLOAD_TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE_413;
            case UNSUPPORTED_MEDIA_TYPE -> Status.UNSUPPORTED_MEDIA_TYPE_415;
            case TOO_MANY_REQUESTS -> Status.TOO_MANY_REQUESTS_429;
            case INTERNAL -> Status.INTERNAL_SERVER_ERROR_500;
        };
    }

    private static String title(ApiException.Kind kind) {
        return switch (kind) {
            case INVALID -> "Invalid request";
            case BAD_REQUEST -> "Bad request";
            case UNAUTHENTICATED -> "Unauthorized";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case CONFLICT -> "Conflict";
            case PAYLOAD_TOO_LARGE -> "Payload too large";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
            case TOO_MANY_REQUESTS -> "Too many requests";
            case INTERNAL -> "Internal server error";
        };
    }

    public static void send(ServerResponse res, ApiException e) {
        SecurityHeaders.apply(res.headers());
        e.headers().forEach((name, value) -> res.header(HeaderNames.create(name), value));
        if (e.kind() == ApiException.Kind.UNAUTHENTICATED) {
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"spotguard\"");
        }
        Status status = status(e.kind());
        Problem problem = Problem.of(status.code(), title(e.kind()), e.code(), e.getMessage(), e.fieldErrors());
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        res.send(bytes(problem));
    }

    private static void unexpected(ServerRequest req, ServerResponse res, Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + req.prologue().method().text() + " "
                + req.path().path(), e);
        send(res, ApiException.internal("Something went wrong on the server. Incident id: " + incident));
    }

    /**
     * Answers the server gives before routing (unparseable request, oversized headers or body): problem+json
     * with the security headers too, instead of Helidon's plain text that may echo the request.
     */
    public static DirectHandlers directHandlers() {
        DirectHandler handler = (request, eventType, status, headers, message) -> {
            SecurityHeaders.apply(headers);
            headers.set(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
            String code = status.code() == 413 ? ErrorCodes.PAYLOAD_TOO_LARGE
                    : status.code() >= 500 ? ErrorCodes.INTERNAL_ERROR : ErrorCodes.MALFORMED_REQUEST;
            String detail = status.code() == 413 ? "The request is too large."
                    : status.code() >= 500 ? "Something went wrong on the server." : "The request could not be parsed.";
            return DirectHandler.TransportResponse.builder()
                    .status(status)
                    .headers(headers)
                    .entity(bytes(Problem.of(status.code(), status.reasonPhrase(), code, detail, List.of())))
                    .build();
        };
        var builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    private static byte[] bytes(Problem problem) {
        try {
            return Json.mapper().writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
