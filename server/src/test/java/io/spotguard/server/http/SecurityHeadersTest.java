package io.spotguard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.Problem;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every answer, errors and 404s included, carries the security headers and names no server software. */
class SecurityHeadersTest {
    private static final TestServer server = TestServer.get();

    /** Status and headers (names case-insensitive) of one answer. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        static Answer of(HttpsClient.Response response) {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(response.headers().map());
            return new Answer(response.status(), headers, response.body());
        }

        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
        }
    }

    record Case(String name, int expectedStatus, Function<HttpsClient, Answer> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> answers() {
        return Stream.of(
                new Case("200 liveness", 200, http -> Answer.of(http.get(ApiPaths.HEALTH_LIVE, null))),
                new Case("404 unknown path", 404, http -> Answer.of(http.get("/nope", null))),
                new Case("401 without token", 401, http -> Answer.of(http.get(ApiPaths.ME, null))),
                new Case("400 malformed JSON", 400, http -> Answer.of(http.send("POST", ApiPaths.LOGIN, null,
                        "application/json", "{".getBytes(StandardCharsets.UTF_8), Map.of()))),
                new Case("405 wrong method", 405, http -> Answer.of(http.delete(ApiPaths.ME, null))),
                new Case("405 TRACE", 405, http -> Answer.parse(http.raw(
                        "TRACE /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void answerCarriesTheSecurityHeaders(Case c) {
        Answer answer = c.request().apply(server.http());

        assertThat(answer.status()).isEqualTo(c.expectedStatus());
        assertThat(answer.header("Strict-Transport-Security")).isEqualTo("max-age=63072000; includeSubDomains");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("X-XSS-Protection")).isEqualTo("0");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.headers()).doesNotContainKey("X-Powered-By");
        String serverHeader = answer.header("Server");
        if (serverHeader != null) {
            assertThat(serverHeader).doesNotContainPattern("[0-9]").doesNotContainIgnoringCase("helidon");
        }
    }

    @Test
    void traceIsRefusedAsMethodNotAllowedWithoutEchoingTheRequest() {
        Answer answer = Answer.parse(server.http().raw("TRACE /api/v1/me HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer secret-token-value\r\nConnection: close\r\n\r\n"));

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(answer.body()).contains("\"code\":\"" + ErrorCodes.METHOD_NOT_ALLOWED + "\"")
                .doesNotContain("secret-token-value");
    }

    @Test
    void aWrongMethodOnAKnownPathIs405NamingTheAllowedMethods() {
        HttpsClient http = server.http();
        String users = ApiPaths.users("0f7c3a52-7d4e-4d5c-9f0e-3b1f0c9d2a11");

        Map<String, String> allow = new TreeMap<>();
        allow.put("DELETE /me", Answer.of(http.delete(ApiPaths.ME, null)).header("Allow"));
        allow.put("PUT users", Answer.of(http.put(users, null, Map.of())).header("Allow"));
        var wrong = http.delete(users, null);

        assertThat(allow).isEqualTo(new TreeMap<>(Map.of("DELETE /me", "GET", "PUT users", "GET, POST")));
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.code()).isEqualTo(ErrorCodes.METHOD_NOT_ALLOWED);
        assertThat(wrong.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(http.delete("/api/v1/no-such-thing", null).status()).isEqualTo(404);
    }
}
