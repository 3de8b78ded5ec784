package io.spotguard.desktop.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.Problem;
import io.spotguard.model.auth.ChangePasswordRequest;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.RefreshRequest;
import io.spotguard.model.me.Me;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLException;

/**
 * The console's one way to the server: HTTPS through {@link ServerTrust}, JSON through the shared-model
 * records, bearer tokens with one silent refresh when the access token has expired, and typed errors.
 * Safe to call from several background threads at once.
 */
public final class ApiClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON = "application/json";

    private final URI server;
    private final HttpClient http;
    private final ObjectMapper json = Json.mapper();
    private final DeviceIdentity device;
    private final ReentrantLock refreshLock = new ReentrantLock();
    private volatile Tokens tokens;
    private volatile Runnable onSessionEnded = () -> { };

    /** The pair in use; replaced as a whole so a caller can tell whether someone else refreshed meanwhile. */
    record Tokens(String access, String refresh) {
        static Tokens of(LoginResponse answer) {
            return new Tokens(answer.accessToken(), answer.refreshToken());
        }

        @Override
        public String toString() {
            return "Tokens[<hidden>]";
        }
    }

    public ApiClient(URI server, ServerTrust trust, DeviceIdentity device) {
        this.server = server;
        this.device = device;
        this.http = HttpClient.newBuilder()
                .sslContext(trust.sslContext())
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI server() {
        return server;
    }

    public DeviceIdentity device() {
        return device;
    }

    /** Called (on a background thread) when the server ends the session and no refresh can save it. */
    public void onSessionEnded(Runnable listener) {
        this.onSessionEnded = listener;
    }

    /** Proves the server answers over a trusted TLS connection; any HTTP answer will do. */
    public void checkReachable() {
        send(request("GET", uri(ApiPaths.HEALTH_LIVE, Map.of()), null, null));
    }

    public LoginResponse login(LoginRequest request) {
        LoginResponse answer = call("POST", ApiPaths.LOGIN, Map.of(), request, type(LoginResponse.class), false);
        tokens = Tokens.of(answer);
        return answer;
    }

    public LoginResponse changePassword(ChangePasswordRequest request) {
        LoginResponse answer = post(ApiPaths.CHANGE_PASSWORD, request, LoginResponse.class);
        tokens = Tokens.of(answer);
        return answer;
    }

    /** Ends the session on the server; locally it ends even when the server cannot be told. */
    public void logout() {
        try {
            if (tokens != null) {
                post(ApiPaths.LOGOUT, null, Void.class);
            }
        } finally {
            tokens = null;
        }
    }

    public Me me() {
        return get(ApiPaths.ME, Map.of(), new TypeReference<>() { });
    }

    public <T> T get(String path, Map<String, String> query, TypeReference<T> answer) {
        return call("GET", path, query, null, json.getTypeFactory().constructType(answer), true);
    }

    public <T> T post(String path, Object body, Class<T> answer) {
        return call("POST", path, Map.of(), body, type(answer), true);
    }

    public <T> T patch(String path, Object body, Class<T> answer) {
        return call("PATCH", path, Map.of(), body, type(answer), true);
    }

    public void delete(String path) {
        call("DELETE", path, Map.of(), null, type(Void.class), true);
    }

    Tokens currentTokens() {
        return tokens;
    }

    /** Replaces the tokens in use; tests hand in an expired access token to exercise the refresh. */
    void adoptTokens(Tokens replacement) {
        tokens = replacement;
    }

    /**
     * New tokens unless someone already replaced {@code stale}. Serialised, because the server treats a rotated
     * refresh token presented again as theft and revokes the whole session.
     */
    Tokens refreshedAfter(Tokens stale) {
        refreshLock.lock();
        try {
            Tokens current = tokens;
            if (current == null) {
                throw notSignedIn();
            }
            if (current != stale) {
                return current;
            }
            byte[] body = toJson(new RefreshRequest(current.refresh(), device.deviceId()));
            HttpResponse<byte[]> response = send(request("POST", uri(ApiPaths.REFRESH, Map.of()), body, null));
            if (response.statusCode() / 100 != 2) {
                tokens = null;
                onSessionEnded.run();
                throw new ApiException(problemOf(response));
            }
            tokens = Tokens.of(read(response, type(LoginResponse.class)));
            return tokens;
        } finally {
            refreshLock.unlock();
        }
    }

    private <T> T call(String method, String path, Map<String, String> query, Object body, JavaType answer,
                       boolean authorized) {
        URI target = uri(path, query);
        byte[] payload = body == null ? null : toJson(body);
        Tokens used = authorized ? requireTokens() : null;
        HttpResponse<byte[]> response = send(request(method, target, payload, used));
        if (authorized && response.statusCode() == 401 && ErrorCodes.TOKEN_EXPIRED.equals(problemOf(response).code())) {
            response = send(request(method, target, payload, refreshedAfter(used)));
        }
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(problemOf(response));
        }
        return read(response, answer);
    }

    private Tokens requireTokens() {
        Tokens current = tokens;
        if (current == null) {
            throw notSignedIn();
        }
        return current;
    }

    private static ApiException notSignedIn() {
        return new ApiException(Problem.of(401, "Not signed in", ErrorCodes.UNAUTHENTICATED, "Sign in first.", List.of()));
    }

    private HttpRequest request(String method, URI target, byte[] payload, Tokens auth) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", JSON + ", " + Problem.MEDIA_TYPE)
                .method(method, payload == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(payload));
        if (payload != null) {
            builder.header("Content-Type", JSON);
        }
        if (auth != null) {
            builder.header("Authorization", "Bearer " + auth.access());
        }
        return builder.build();
    }

    private URI uri(String path, Map<String, String> query) {
        return URI.create(server + path + QueryString.of(query));
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("request to the server was interrupted");
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private RuntimeException translate(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateRefusal refusal) {
                return refusal.toUserFacing();
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return new SecureConnectionException(server, failure);
            }
            if (cause instanceof ConnectException) {
                return new ServerUnreachableException(server, failure);
            }
        }
        return new ServerUnreachableException(server, failure);
    }

    private <T> T read(HttpResponse<byte[]> response, JavaType answer) {
        if (answer.hasRawClass(Void.class) || response.body().length == 0) {
            return null;
        }
        try {
            return json.readValue(response.body(), answer);
        } catch (IOException e) {
            throw new IllegalStateException("the server's answer to " + response.request().uri().getPath()
                    + " does not match this console's version", e);
        }
    }

    private Problem problemOf(HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (contentType.contains("json") && response.body().length > 0) {
            try {
                Problem problem = json.readValue(response.body(), Problem.class);
                if (problem.code() != null) {
                    return problem;
                }
            } catch (IOException notAProblem) {
                // Falls through to a problem made from the status alone.
            }
        }
        return StatusProblems.of(response.statusCode());
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot send " + body.getClass().getSimpleName(), e);
        }
    }

    private JavaType type(Class<?> answer) {
        return json.getTypeFactory().constructType(answer);
    }
}
