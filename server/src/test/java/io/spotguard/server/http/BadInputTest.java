package io.spotguard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import io.spotguard.model.Problem;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.users.User;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.OrgState;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind gets a clear problem+json answer that names what is wrong, leaks nothing of the
 * server's insides, and changes nothing.
 */
class BadInputTest {
    private static final TestServer server = TestServer.get();
    private static final TypeReference<List<FieldError>> FIELD_ERRORS = new TypeReference<>() {
    };
    /** A Java stack frame ("at io.x.Y.method(Y.java:12)"); "must be at most 100 characters" is not one. */
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$]+(\\.[\\w$<>]+)+\\(");
    private final HttpsClient http = server.http();

    /** An organization with something of each kind to change. */
    record Fixture(Tenant tenant, User user, Spot spot, String memberRoleId) {
        static Fixture create() {
            Tenant tenant = server.newTenant();
            User user = tenant.account(null, null);
            Spot spot = tenant.spot("Fixture spot");
            String roleId = server.http().get(tenant.path("/roles"), tenant.owner().token())
                    .as(new TypeReference<List<Role>>() {
                    }).stream().filter(r -> r.name().equals("MEMBER")).findFirst().orElseThrow().id();
            return new Fixture(tenant, user, spot, roleId);
        }
    }

    /** One route that reads a JSON body, with a body it accepts and the fields it requires. */
    record Route(String name, String method, Function<Fixture, String> path, boolean signedIn,
                 Function<Fixture, Map<String, Object>> validBody, List<String> requiredFields) {
        HttpsClient.Response send(HttpsClient http, Fixture f, String contentType, byte[] body) {
            return http.send(method, path.apply(f), signedIn ? f.tenant().owner().token() : null, contentType, body,
                    Map.of());
        }

        HttpsClient.Response sendJson(HttpsClient http, Fixture f, Object body) {
            return send(http, f, "application/json", json(body));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Route LOGIN = new Route("auth login", "POST", f -> ApiPaths.LOGIN, false,
            f -> body("email", f.tenant().owner().email(), "password", Tenant.PASSWORD, "deviceId", "dev-1",
                    "deviceName", "Laptop", "platform", "LINUX"),
            List.of("email", "password", "deviceId", "deviceName", "platform"));
    private static final Route CREATE_USER = new Route("users create", "POST", f -> f.tenant().path("/users"), true,
            f -> body("email", "fresh@example.com", "displayName", "Fresh"), List.of("email", "displayName"));
    private static final Route UPDATE_USER = new Route("users update", "PATCH",
            f -> f.tenant().path("/users/" + f.user().id()), true, f -> body("displayName", "Changed"), List.of("email"));
    private static final Route CREATE_SPOT = new Route("spots create", "POST", f -> f.tenant().path("/spots"), true,
            f -> body("name", "New spot"), List.of("name"));
    private static final Route RENAME_SPOT = new Route("spots rename", "PATCH",
            f -> f.tenant().path("/spots/" + f.spot().id()), true, f -> body("name", "Renamed"), List.of("name"));
    private static final Route CREATE_ROLE = new Route("roles create", "POST", f -> f.tenant().path("/roles"), true,
            f -> body("name", "Custom", "permissions", List.of("spots.read")), List.of("name", "permissions"));
    private static final Route GRANT = new Route("grants", "POST", f -> f.tenant().path("/role-mappings"), true,
            f -> body("userId", f.user().id(), "roleId", f.memberRoleId()), List.of("userId", "roleId"));

    static Stream<Route> routes() {
        return Stream.of(LOGIN, CREATE_USER, UPDATE_USER, CREATE_SPOT, RENAME_SPOT, CREATE_ROLE, GRANT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void malformedJsonIsRefused(Route route) {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());

        var response = route.send(http, f, "application/json", "{\"name\": ".getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 400, ErrorCodes.MALFORMED_JSON);
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void duplicatedKeyIsRefusedRatherThanGuessed(Route route) throws Exception {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());
        Map<String, Object> body = route.validBody().apply(f);
        String first = body.keySet().iterator().next();
        String json = HttpsClient.JSON.writeValueAsString(body);
        String duplicated = json.substring(0, json.length() - 1) + ",\"" + first + "\":\"other\"}";

        var response = route.send(http, f, "application/json", duplicated.getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 400, ErrorCodes.MALFORMED_JSON);
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void unknownFieldIsNamed(Route route) {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());
        Map<String, Object> body = new LinkedHashMap<>(route.validBody().apply(f));
        body.put("isAdmin", true);

        var response = route.sendJson(http, f, body);

        assertProblem(response, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(fieldErrors(response)).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("isAdmin", "unknown_field"));
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void everyMissingRequiredFieldIsNamed(Route route) {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());

        var response = route.sendJson(http, f, Map.of());

        assertProblem(response, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(fieldErrors(response)).extracting(FieldError::field)
                .containsExactlyInAnyOrderElementsOf(route.requiredFields());
        assertThat(fieldErrors(response)).extracting(FieldError::code).containsOnly("required");
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    static Stream<Arguments> overlongFields() {
        String email255 = "a".repeat(64) + "@" + "b".repeat(186) + ".com";
        return Stream.of(
                Arguments.of(LOGIN, "email", email255),
                Arguments.of(LOGIN, "password", "€".repeat(25)),
                Arguments.of(LOGIN, "deviceName", "d".repeat(101)),
                Arguments.of(CREATE_USER, "displayName", "x".repeat(201)),
                Arguments.of(CREATE_USER, "email", email255),
                Arguments.of(UPDATE_USER, "displayName", "x".repeat(201)),
                Arguments.of(UPDATE_USER, "email", email255),
                Arguments.of(CREATE_SPOT, "name", "s".repeat(101)),
                Arguments.of(RENAME_SPOT, "name", "s".repeat(101)),
                Arguments.of(CREATE_ROLE, "name", "r".repeat(65)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlongFields")
    void overlongFieldIsNamedAsTooLong(Route route, String field, String value) {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());
        Map<String, Object> body = new LinkedHashMap<>(route.validBody().apply(f));
        body.put(field, value);

        var response = route.sendJson(http, f, body);

        assertProblem(response, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(fieldErrors(response)).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, "too_long"));
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    static Stream<Arguments> wronglyTypedFields() {
        return Stream.of(
                Arguments.of(LOGIN, "platform", 5),
                Arguments.of(LOGIN, "platform", "AMIGA"),
                Arguments.of(LOGIN, "email", List.of("a@example.com")),
                Arguments.of(CREATE_USER, "displayName", Map.of("first", "A")),
                Arguments.of(UPDATE_USER, "email", List.of()),
                Arguments.of(CREATE_SPOT, "name", List.of("a", "b")),
                Arguments.of(CREATE_SPOT, "name", 5),
                Arguments.of(LOGIN, "deviceId", 12345),
                Arguments.of(CREATE_USER, "displayName", 1.5),
                Arguments.of(RENAME_SPOT, "name", Map.of()),
                Arguments.of(CREATE_ROLE, "permissions", "x"),
                Arguments.of(CREATE_ROLE, "permissions", 7),
                Arguments.of(GRANT, "userId", Map.of("id", 1)),
                Arguments.of(GRANT, "roleId", true));
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("wronglyTypedFields")
    void wronglyTypedFieldIsNamed(Route route, String field, Object value) {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());
        Map<String, Object> body = new LinkedHashMap<>(route.validBody().apply(f));
        body.put(field, value);

        var response = route.sendJson(http, f, body);

        assertProblem(response, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(fieldErrors(response)).extracting(FieldError::field).containsExactly(field);
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    /** A value that hides or imitates, made for the fixture so a look-alike can sit next to a real account. */
    record Attack(String name, Function<Fixture, String> value) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Attack> EMAIL_ATTACKS = List.of(
            new Attack("Cyrillic о next to the real account", f -> f.user().email().replaceFirst("o", "\u043e")),
            new Attack("Cyrillic а in a Latin domain", f -> "ada@\u0430pple.com"),
            new Attack("its A-label", f -> "ada@xn--pple-43d.com"),
            new Attack("NUL", f -> "ada\u0000@example.com"),
            new Attack("ANSI escape", f -> "\u001b[31mada@example.com"),
            new Attack("bell and backspace", f -> "ada\u0007\b@example.com"),
            new Attack("right-to-left override", f -> "ada\u202e@example.com"),
            new Attack("zero-width space", f -> "ada\u200b@example.com"),
            new Attack("lone surrogate", f -> "ada\ud800@example.com"),
            new Attack("quoted local part", f -> "\"ada\"@example.com"));

    private static final List<Attack> TEXT_ATTACKS = List.of(
            new Attack("right-to-left override", f -> "Ada \u202eecalevoL"),
            new Attack("zero-width space", f -> "Ada\u200bLovelace"),
            new Attack("left-to-right isolate", f -> "Ada\u2066Lovelace"),
            new Attack("NUL", f -> "Ada\u0000"),
            new Attack("ANSI escape", f -> "\u001b[31mAda"),
            new Attack("lone surrogate", f -> "Ada\udc00"),
            new Attack("line separator", f -> "Ada\u2028Lovelace"));

    static Stream<Arguments> hiddenOrLookAlikeText() {
        Stream<Arguments> emails = Stream.of(CREATE_USER, UPDATE_USER, LOGIN)
                .flatMap(route -> EMAIL_ATTACKS.stream().map(attack -> Arguments.of(route, "email", attack)));
        Stream<Arguments> texts = Stream.of(Map.entry(CREATE_USER, "displayName"),
                        Map.entry(UPDATE_USER, "displayName"), Map.entry(CREATE_SPOT, "name"),
                        Map.entry(RENAME_SPOT, "name"), Map.entry(LOGIN, "deviceName"))
                .flatMap(field -> TEXT_ATTACKS.stream().map(attack -> Arguments.of(field.getKey(), field.getValue(),
                        attack)));
        return Stream.concat(emails, texts);
    }

    /**
     * The values travel as JSON escapes, as an attacker would send them: a lone surrogate cannot even be written
     * as UTF-8, and every other value then reaches the server through the same path.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("hiddenOrLookAlikeText")
    void hiddenOrLookAlikeTextIsRefusedByField(Route route, String field, Attack attack) {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());
        Map<String, Object> body = new LinkedHashMap<>(route.validBody().apply(f));
        body.put(field, "\u0000placeholder");
        String json = new String(json(body), StandardCharsets.UTF_8)
                .replace("\"\\u0000placeholder\"", asciiJsonString(attack.value().apply(f)));

        var response = route.send(http, f, "application/json", json.getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(fieldErrors(response)).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, "invalid_format"));
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    @Test
    void unknownPermissionIsNamed() {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());

        var response = CREATE_ROLE.sendJson(http, f, body("name", "Custom", "permissions", List.of("spots.read", "root")));

        assertProblem(response, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(fieldErrors(response)).extracting(FieldError::field).singleElement().asString()
                .startsWith("permissions");
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void bodyThatIsNotJsonIsAnUnsupportedMediaType(Route route) {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());

        var response = route.send(http, f, "text/plain", json(route.validBody().apply(f)));

        assertProblem(response, 415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    /**
     * A client that announces its 70,000-byte body ({@code Expect: 100-continue}, as curl does for large bodies)
     * gets the 413 before sending it. Without the announcement the server still answers 413 but closes the
     * connection while the body is on its way, and whether the client reads that answer is a race of the
     * client's TCP stack, not something a test can assert.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void bodyOverTheLimitIsRefusedAsTooLarge(Route route) throws Exception {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());
        Map<String, Object> body = new LinkedHashMap<>(route.validBody().apply(f));
        body.put(route.requiredFields().getFirst(), "x".repeat(70_000));
        byte[] bytes = json(body);
        assertThat(bytes.length).isGreaterThan(65_536);

        String answer = sendAnnounced(route.method(), route.path().apply(f),
                route.signedIn() ? f.tenant().owner().token() : null, bytes);

        assertThat(answer).startsWith("HTTP/1.1 413");
        String problem = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(answer.toLowerCase()).contains("content-type: " + Problem.MEDIA_TYPE);
        assertThat(HttpsClient.JSON.readTree(problem).path("code").asText()).isEqualTo(ErrorCodes.PAYLOAD_TOO_LARGE);
        assertNoInternals(problem);
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    @Test
    void aValidBodyOnEachRouteIsAccepted() {
        Fixture f = Fixture.create();
        for (Route route : List.of(CREATE_USER, UPDATE_USER, CREATE_SPOT, RENAME_SPOT, CREATE_ROLE, GRANT, LOGIN)) {
            var response = route.sendJson(http, f, route.validBody().apply(f));
            assertThat(response.status()).as(route + ": " + response).isIn(200, 201);
        }
    }

    static Stream<Arguments> pathsWithIdsThatAreNotIds() {
        return Stream.of(
                Arguments.of("GET", "/users/not-a-uuid"),
                Arguments.of("PATCH", "/users/123"),
                Arguments.of("POST", "/users/'%20OR%201=1/disable"),
                Arguments.of("PATCH", "/spots/abc"),
                Arguments.of("DELETE", "/spots/0"),
                Arguments.of("PUT", "/roles/xyz"),
                Arguments.of("DELETE", "/roles/" + UUID.randomUUID().toString().toUpperCase() + "x"),
                Arguments.of("DELETE", "/role-mappings/abc"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pathsWithIdsThatAreNotIds")
    void pathIdThatIsNotAnIdIsNotFound(String method, String suffix) {
        Fixture f = Fixture.create();
        OrgState before = OrgState.of(http, f.tenant());
        byte[] body = method.equals("GET") || method.equals("DELETE") ? null : json(Map.of("name", "x"));

        var response = http.send(method, f.tenant().path(suffix), f.tenant().owner().token(),
                body == null ? null : "application/json", body, Map.of());

        assertProblem(response, 404, ErrorCodes.NOT_FOUND);
        assertThat(OrgState.of(http, f.tenant())).isEqualTo(before);
    }

    @Test
    void organizationIdThatIsNotAnIdIsNotFound() {
        Fixture f = Fixture.create();

        var response = http.get(ApiPaths.ORGS + "/not-an-org/spots", f.tenant().owner().token());

        assertProblem(response, 404, ErrorCodes.NOT_FOUND);
    }

    @Test
    void hugeHeaderIsRefusedWithSecurityHeaders() {
        String answer = http.raw("GET /health/live HTTP/1.1\r\nHost: localhost\r\nCookie: c=" + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 4");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).contains("strict-transport-security: max-age=63072000; includesubdomains",
                "x-frame-options: deny", "x-content-type-options: nosniff", "content-security-policy: ",
                "referrer-policy: no-referrer", "cache-control: no-store");
        assertThat(answer).doesNotContain("xxxxxxxxxx");
        assertNoInternals(answer);
    }

    /** Sends a request with {@code Expect: 100-continue}; the body follows only if the server asks for it. */
    private static String sendAnnounced(String method, String path, String token, byte[] body) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", server.app().tlsMaterial().chain().getFirst());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", server.app().port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: " + body.length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = readAnswer(in);
            if (answer.startsWith("HTTP/1.1 100")) {
                out.write(body);
                out.flush();
                answer = readAnswer(in);
            }
            return answer;
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int end = -1;
        while (end < 0) {
            int b = in.read();
            if (b < 0) {
                return answer.toString(StandardCharsets.UTF_8);
            }
            answer.write(b);
            end = answer.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
        }
        String head = answer.toString(StandardCharsets.ISO_8859_1);
        var length = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        if (length.find()) {
            answer.write(in.readNBytes(Integer.parseInt(length.group(1))));
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static void assertProblem(HttpsClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        var json = response.json();
        assertThat(json.path("status").asInt()).isEqualTo(status);
        assertThat(json.path("code").asText()).isEqualTo(code);
        assertThat(json.path("title").asText()).isNotBlank();
        assertThat(json.path("type").asText()).isEqualTo(Problem.TYPE_PREFIX + code);
        assertNoInternals(response.body());
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "io.spotguard", "io.helidon", "com.fasterxml", "SQL", "jdbc",
                "java.", "\tat ");
        assertThat(STACK_FRAME.matcher(body).find()).as("stack frame in " + body).isFalse();
    }

    private static List<FieldError> fieldErrors(HttpsClient.Response response) {
        return HttpsClient.JSON.convertValue(response.json().path("errors"), FIELD_ERRORS);
    }

    /** A JSON string literal with everything outside printable ASCII escaped, lone surrogates included. */
    private static String asciiJsonString(String value) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                literal.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                literal.append("\\u%04x".formatted((int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static byte[] json(Object body) {
        try {
            return HttpsClient.JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
