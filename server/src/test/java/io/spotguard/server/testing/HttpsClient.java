package io.spotguard.server.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.auth.DevicePlatform;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.LoginResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/** An HTTPS client that trusts exactly the test server's certificate (real TLS, real verification). */
public final class HttpsClient {
    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final int port;
    private final SSLContext tls;
    private final HttpClient client;

    HttpsClient(int port, X509Certificate serverCertificate) {
        this.port = port;
        this.tls = trusting(serverCertificate);
        this.client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public record Response(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public <T> T as(Class<T> type) {
            try {
                return JSON.readValue(body, type);
            } catch (IOException e) {
                throw new AssertionError("Cannot read " + type.getSimpleName() + " from (" + status + "): " + body, e);
            }
        }

        public <T> T as(TypeReference<T> type) {
            try {
                return JSON.readValue(body, type);
            } catch (IOException e) {
                throw new AssertionError("Cannot read from (" + status + "): " + body, e);
            }
        }

        /** The problem code of an error answer. */
        public String code() {
            return json().path("code").asText(null);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public URI uri(String path) {
        return URI.create("https://localhost:" + port + path);
    }

    public Response send(String method, String path, String token, String contentType, byte[] body,
                         Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response sendJson(String method, String path, String token, Object body) {
        try {
            byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
            return send(method, path, token, "application/json", bytes, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    public Response post(String path, String token, Object body) {
        return body == null ? send("POST", path, token, null, null, Map.of()) : sendJson("POST", path, token, body);
    }

    public Response patch(String path, String token, Object body) {
        return sendJson("PATCH", path, token, body);
    }

    public Response put(String path, String token, Object body) {
        return sendJson("PUT", path, token, body);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, null, Map.of());
    }

    public Response login(String email, String password, String deviceId) {
        return post(ApiPaths.LOGIN, null, new LoginRequest(email, password, deviceId, "Test device",
                DevicePlatform.LINUX, null));
    }

    public LoginResponse signIn(String email, String password) {
        Response response = login(email, password, "test-device");
        if (response.status() != 200) {
            throw new AssertionError("Sign-in of " + email + " failed: " + response);
        }
        return response.as(LoginResponse.class);
    }

    /** A TLS connection to the server, handshake done, limited to the given protocols (none: the defaults). */
    public SSLSocket openSocket(String... protocols) {
        try {
            SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", port);
            if (protocols.length > 0) {
                socket.setEnabledProtocols(protocols);
            }
            socket.setSoTimeout(15_000);
            socket.startHandshake();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends bytes as they are over TLS and returns the raw answer: for requests HttpClient refuses to make. */
    public String raw(String request) {
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            try {
                while ((read = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, read);
                    if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | javax.net.ssl.SSLException e) {
                // the server may close after an error; what arrived is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        var m = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(text.substring(0, end));
        return m.find() && text.length() >= end + 4 + Integer.parseInt(m.group(1));
    }

    private static SSLContext trusting(X509Certificate certificate) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("server", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
