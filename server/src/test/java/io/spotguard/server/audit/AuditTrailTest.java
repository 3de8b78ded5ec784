package io.spotguard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.FieldError;
import io.spotguard.model.Page;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.audit.AuditOutcome;
import io.spotguard.model.auth.ChangePasswordRequest;
import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.RefreshRequest;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.OneTimePassword;
import io.spotguard.server.testing.AuditTrail;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditTrailTest {
    private final TestServer server = TestServer.get();
    private final HttpsClient http = server.http();

    @Test
    void adminChangeIsAuditedWithActorTargetOutcomeAddressAndUtcTime() {
        Tenant tenant = server.newTenant();
        Instant before = Instant.now().minus(Duration.ofSeconds(5));
        Spot spot = createSpot(tenant, "Audited spot");
        Instant after = Instant.now().plus(Duration.ofSeconds(5));

        var raw = http.get(tenant.path("/audit-events?action=spot.create&target=" + spot.id()), tenant.owner().token());

        JsonNode item = raw.json().at("/items/0");
        assertThat(item.get("at").asText()).endsWith("Z");
        AuditEvent event = AuditTrail.page(http, tenant, "action=spot.create&target=" + spot.id()).items().getFirst();
        assertThat(event).isEqualTo(new AuditEvent(event.id(), tenant.id(), event.at(), tenant.owner().id(),
                tenant.owner().email(), AuditAction.SPOT_CREATE, "spot", spot.id(), "Audited spot", AuditOutcome.SUCCESS,
                "127.0.0.1", "test-device", Map.of()));
        assertThat(event.at()).isBetween(before, after);
        assertThat(Instant.parse(item.get("at").asText())).isEqualTo(event.at());
    }

    @Test
    void failedSignInIsAuditedAsFailure() {
        Tenant tenant = server.newTenant();

        assertThat(http.login(tenant.owner().email(), "not-the-right-password", "laptop-9").status()).isEqualTo(401);

        List<AuditEvent> failures = AuditTrail.all(http, tenant, "action=auth.login&outcome=FAILURE");
        assertThat(failures).singleElement().satisfies(event -> {
            assertThat(event.actorId()).isEqualTo(tenant.owner().id());
            assertThat(event.actorLabel()).isEqualTo(tenant.owner().email());
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(event.ip()).isEqualTo("127.0.0.1");
            assertThat(event.deviceId()).isEqualTo("laptop-9");
            assertThat(event.details()).isEqualTo(Map.of("reason", "wrong_password"));
        });
    }

    @Test
    void signInWithAnUnknownEmailIsVisibleToNoOrganization() {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String ghost = "ghost-" + tenant.org().slug() + "@" + tenant.org().slug() + ".test";

        assertThat(http.login(ghost, "whatever-password", "ghost-device").status()).isEqualTo(401);

        assertThat(AuditTrail.rawJson(http, tenant)).doesNotContain(ghost).doesNotContain("ghost-device");
        assertThat(AuditTrail.rawJson(http, other)).doesNotContain(ghost).doesNotContain("ghost-device");
    }

    @Test
    void deniedActionIsAuditedEvenThoughNothingChanged() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);

        var response = http.post(tenant.path("/spots"), member.token(), new SpotRequest("Not allowed"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(http.get(tenant.path("/spots"), tenant.owner().token()).json()).isEmpty();
        AuditEvent denied = AuditTrail.all(http, tenant, "action=access.denied").getFirst();
        assertThat(denied).isEqualTo(new AuditEvent(denied.id(), tenant.id(), denied.at(), member.id(), member.email(),
                AuditAction.ACCESS_DENIED, "organization", tenant.id(), null, AuditOutcome.DENIED, "127.0.0.1",
                "test-device", Map.of("permission", "spots.manage", "reason", "forbidden")));
        assertThat(AuditTrail.all(http, tenant, "action=spot.create")).isEmpty();
    }

    @Test
    void failedChangeWritesNoSuccessEvent() {
        Tenant tenant = server.newTenant();
        createSpot(tenant, "Only once");
        String email = "once@" + tenant.org().slug() + ".test";
        assertThat(http.post(tenant.path("/users"), tenant.owner().token(), new CreateUserRequest(email, "Once"))
                .status()).isEqualTo(201);

        assertThat(http.post(tenant.path("/spots"), tenant.owner().token(), new SpotRequest("Only once")).status())
                .isEqualTo(409);
        assertThat(http.post(tenant.path("/users"), tenant.owner().token(), new CreateUserRequest(email, "Twice"))
                .status()).isEqualTo(409);

        assertThat(AuditTrail.all(http, tenant, "action=spot.create")).extracting(AuditEvent::targetLabel)
                .containsExactly("Only once");
        assertThat(AuditTrail.all(http, tenant, "action=user.create&actor=" + tenant.owner().id()))
                .extracting(AuditEvent::targetLabel).containsExactly(email);
    }

    @Test
    void eventsAreFilteredByActionActorTargetOutcomeAndTime() {
        Tenant tenant = server.newTenant();
        Spot first = createSpot(tenant, "First");
        http.patch(tenant.path("/spots/" + first.id()), tenant.owner().token(), new SpotRequest("First renamed"));
        server.clock().advance(Duration.ofSeconds(1));
        Instant middle = server.clock().instant();
        server.clock().advance(Duration.ofSeconds(1));
        Tenant.Member admin = tenant.member("ADMIN", null);
        var second = http.post(tenant.path("/spots"), admin.token(), new SpotRequest("Second")).as(Spot.class);
        http.login(admin.email(), "wrong-password-here", "x");

        assertThat(AuditTrail.all(http, tenant, "action=spot.create")).extracting(AuditEvent::targetId)
                .containsExactly(second.id(), first.id());
        assertThat(AuditTrail.all(http, tenant, "actor=" + admin.id()))
                .extracting(AuditEvent::action, AuditEvent::outcome)
                .containsExactly(tuple(AuditAction.LOGIN, AuditOutcome.FAILURE),
                        tuple(AuditAction.SPOT_CREATE, AuditOutcome.SUCCESS),
                        tuple(AuditAction.LOGIN, AuditOutcome.SUCCESS));
        assertThat(AuditTrail.all(http, tenant, "target=" + first.id())).extracting(AuditEvent::action)
                .containsExactly(AuditAction.SPOT_RENAME, AuditAction.SPOT_CREATE);
        assertThat(AuditTrail.all(http, tenant, "outcome=FAILURE")).extracting(AuditEvent::actorId)
                .containsExactly(admin.id());
        List<AuditEvent> later = AuditTrail.all(http, tenant, "from=" + middle);
        assertThat(later).isNotEmpty().allSatisfy(e -> assertThat(e.at()).isAfterOrEqualTo(middle));
        assertThat(later).extracting(AuditEvent::targetId).contains(second.id()).doesNotContain(first.id());
        List<AuditEvent> earlier = AuditTrail.all(http, tenant, "to=" + middle);
        assertThat(earlier).isNotEmpty().allSatisfy(e -> assertThat(e.at()).isBefore(middle));
        assertThat(earlier).extracting(AuditEvent::targetId).contains(first.id()).doesNotContain(second.id());
        assertThat(AuditTrail.all(http, tenant, "action=spot.create&actor=" + admin.id() + "&from=" + middle))
                .extracting(AuditEvent::targetId).containsExactly(second.id());
    }

    @Test
    void pagesRunNewestFirstWithoutGapsOrRepeats() {
        Tenant tenant = server.newTenant();
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(createSpot(tenant, "Spot " + i).id());
        }

        List<Page<AuditEvent>> pages = new ArrayList<>();
        String cursor = null;
        do {
            Page<AuditEvent> page = AuditTrail.page(http, tenant,
                    "action=spot.create&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            pages.add(page);
            cursor = page.nextCursor();
        } while (cursor != null && pages.size() < 10);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 2, 1);
        List<AuditEvent> events = pages.stream().flatMap(p -> p.items().stream()).toList();
        assertThat(events).extracting(AuditEvent::targetId).containsExactlyElementsOf(created.reversed());
        assertThat(events).extracting(AuditEvent::id).isSortedAccordingTo((a, b) -> Long.compare(b, a))
                .doesNotHaveDuplicates();
    }

    static Stream<Arguments> malformedFilters() {
        return Stream.of(
                Arguments.of("from=yesterday", "from"),
                Arguments.of("to=2026-13-01T00:00:00Z", "to"),
                Arguments.of("action=nope", "action"),
                Arguments.of("outcome=MAYBE", "outcome"),
                Arguments.of("limit=0", "limit"),
                Arguments.of("limit=999", "limit"),
                Arguments.of("limit=ten", "limit"),
                Arguments.of("cursor=abc", "cursor"),
                Arguments.of("actor=not-a-uuid", "actor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFilters")
    void malformedFilterIsA400NamingTheParameter(String query, String parameter) {
        Tenant tenant = server.newTenant();

        var response = http.get(tenant.path("/audit-events?" + query), tenant.owner().token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo(ErrorCodes.VALIDATION_FAILED);
        assertThat(fields(response)).containsExactly(parameter);
    }

    @Test
    void everyMalformedFilterIsNamedInOneAnswer() {
        Tenant tenant = server.newTenant();

        var response = http.get(tenant.path("/audit-events?from=yesterday&to=tomorrow&action=nope&outcome=MAYBE"
                + "&limit=0&cursor=abc&actor=not-a-uuid"), tenant.owner().token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("from", "to", "action", "outcome", "limit", "cursor",
                "actor");
    }

    @Test
    void noPasswordOrTokenEverAppearsInTheAuditLog() {
        Tenant tenant = server.newTenant();
        List<String> secrets = new ArrayList<>(List.of(Tenant.PASSWORD, tenant.owner().token()));
        String token = tenant.owner().token();
        String aliceEmail = "alice@" + tenant.org().slug() + ".test";
        String bobEmail = "bob@" + tenant.org().slug() + ".test";
        OneTimePassword alice = http.post(tenant.path("/users"), token, new CreateUserRequest(aliceEmail, "Alice"))
                .as(OneTimePassword.class);
        OneTimePassword bob = http.post(tenant.path("/users"), token, new CreateUserRequest(bobEmail, "Bob"))
                .as(OneTimePassword.class);
        OneTimePassword aliceReset = http.post(tenant.path("/users/" + alice.user().id() + "/reset-password"), token, null)
                .as(OneTimePassword.class);
        secrets.addAll(List.of(alice.oneTimePassword(), bob.oneTimePassword(), aliceReset.oneTimePassword()));

        LoginResponse bobFirst = http.login(bobEmail, bob.oneTimePassword(), "bob-phone").as(LoginResponse.class);
        String bobNewPassword = "bobs-very-own-passphrase";
        LoginResponse bobChanged = http.post(ApiPaths.CHANGE_PASSWORD, bobFirst.accessToken(),
                new ChangePasswordRequest(bob.oneTimePassword(), bobNewPassword)).as(LoginResponse.class);
        LoginResponse bobRefreshed = http.post(ApiPaths.REFRESH, null,
                new RefreshRequest(bobChanged.refreshToken(), "bob-phone")).as(LoginResponse.class);
        String wrongGuess = "a-wrong-guess-at-bobs-password";
        assertThat(http.login(bobEmail, wrongGuess, "bob-phone").status()).isEqualTo(401);
        assertThat(http.post(ApiPaths.CHANGE_PASSWORD, bobRefreshed.accessToken(),
                new ChangePasswordRequest(wrongGuess, "yet-another-passphrase")).status()).isEqualTo(400);
        LoginResponse aliceLogin = http.login(aliceEmail, aliceReset.oneTimePassword(), "alice-pc").as(LoginResponse.class);
        for (LoginResponse tokens : List.of(bobFirst, bobChanged, bobRefreshed, aliceLogin)) {
            secrets.add(tokens.accessToken());
            secrets.add(tokens.refreshToken());
        }
        secrets.addAll(List.of(bobNewPassword, wrongGuess, "yet-another-passphrase"));

        String log = AuditTrail.rawJson(http, tenant);

        assertThat(log).contains("auth.password_change", "user.password_reset", "auth.login", "user.create");
        assertThat(secrets).doesNotContainNull().allSatisfy(secret -> assertThat(log).doesNotContain(secret));
        assertThat(log).doesNotContain("$2a$", "$2b$");
    }

    private Spot createSpot(Tenant tenant, String name) {
        var response = http.post(tenant.path("/spots"), tenant.owner().token(), new SpotRequest(name));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.as(Spot.class);
    }

    private static List<String> fields(HttpsClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(HttpsClient.JSON.convertValue(e, FieldError.class).field()));
        return fields;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
