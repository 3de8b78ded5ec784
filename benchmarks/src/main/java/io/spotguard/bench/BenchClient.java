package io.spotguard.bench;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.auth.DevicePlatform;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.server.ServerApp;
import io.spotguard.server.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** One HTTP/1.1 keep-alive client per worker thread, trusting exactly the benchmarked server's certificate. */
final class BenchClient {
    private final URI base;
    private final ThreadLocal<HttpClient> clients;

    BenchClient(ServerApp app) throws Exception {
        this(URI.create("https://localhost:" + app.port()), Tls.trusting(app.tlsMaterial().chain().getFirst()));
    }

    /** A client of a server elsewhere (another process), trusting {@code tls}. */
    BenchClient(URI base, SSLContext tls) {
        this.base = base;
        this.clients = ThreadLocal.withInitial(() -> HttpClient.newBuilder().sslContext(tls)
                .version(HttpClient.Version.HTTP_1_1).build());
    }

    static byte[] loginBody(String email, String password) {
        return loginBody(email, password, "bench-device");
    }

    static byte[] loginBody(String email, String password, String deviceId) {
        try {
            return Json.mapper().writeValueAsBytes(new LoginRequest(email, password, deviceId, "Benchmark",
                    DevicePlatform.LINUX, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String accessToken(byte[] loginBody) throws Exception {
        return Json.mapper().readTree(send("POST", ApiPaths.LOGIN, null, loginBody).body()).path("accessToken").asText();
    }

    int request(String method, String path, String token, byte[] body) {
        try {
            return send(method, path, token, body).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(String method, String path, String token, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return clients.get().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
