package io.spotguard.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
                throw new ApiException(405, "Method not allowed", ErrorCodes.METHOD_NOT_ALLOWED,
                        "This method is not allowed.");
            }
            chain.proceed();
        });
    }

    /**
     * Registered last: whatever no route took is a problem+json 405 naming the allowed methods when the path is
     * known, and a 404 otherwise.
     */
    public static void fallback(HttpRouting.Builder routing, KnownRoutes known) {
        routing.any((req, res) -> {
            Set<Method> allowed = known.allowedFor(req.prologue());
            if (allowed.isEmpty()) {
                throw ApiException.notFound();
            }
            throw methodNotAllowed(allowed);
        });
    }

    private static ApiException methodNotAllowed(Set<Method> allowed) {
        String allow = allowed.stream().map(Method::text).collect(Collectors.joining(", "));
        return new ApiException(405, "Method not allowed", ErrorCodes.METHOD_NOT_ALLOWED,
                "This method is not allowed here. Allowed: " + allow + ".", List.of(), Map.of("Allow", allow));
    }

    public static void send(ServerResponse res, ApiException e) {
        SecurityHeaders.apply(res.headers());
        e.headers().forEach((name, value) -> res.header(HeaderNames.create(name), value));
        Problem problem = Problem.of(e.status(), e.title(), e.code(), e.getMessage(), e.fieldErrors());
        res.status(Status.create(e.status()));
        res.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        res.send(bytes(problem));
    }

    private static void unexpected(ServerRequest req, ServerResponse res, Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + req.prologue().method().text() + " "
                + req.path().path(), e);
        send(res, new ApiException(500, "Internal server error", ErrorCodes.INTERNAL_ERROR,
                "Something went wrong on the server. Incident id: " + incident));
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
