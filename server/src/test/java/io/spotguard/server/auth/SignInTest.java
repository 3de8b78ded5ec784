package io.spotguard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.audit.AuditOutcome;
import io.spotguard.model.auth.ChangePasswordRequest;
import io.spotguard.model.auth.DevicePlatform;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.LoginStep;
import io.spotguard.model.auth.RefreshRequest;
import io.spotguard.server.testing.AuditTrail;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import org.junit.jupiter.api.Test;

class SignInTest {
    private final TestServer server = TestServer.get();
    private final HttpsClient http = server.http();

    @Test
    void correctPasswordSignsInWithShortLivedAccessTokenAndRefreshToken() {
        Tenant tenant = server.newTenant();
        var response = http.login(tenant.owner().email(), Tenant.PASSWORD, "laptop-1");

        assertThat(response.status()).isEqualTo(200);
        LoginResponse tokens = response.as(LoginResponse.class);
        assertThat(tokens.step()).isEqualTo(LoginStep.AUTHENTICATED);
        assertThat(tokens.expiresIn()).isEqualTo(15 * 60);
        assertThat(http.get(ApiPaths.ME, tokens.accessToken()).json().at("/user/email").asText())
                .isEqualTo(tenant.owner().email());
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        Tenant tenant = server.newTenant();
        var wrongPassword = http.login(tenant.owner().email(), "not-the-password-at-all", "d1");
        var unknownEmail = http.login("nobody-" + tenant.org().slug() + "@example.com", "not-the-password-at-all", "d1");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
        assertThat(wrongPassword.code()).isEqualTo(ErrorCodes.INVALID_CREDENTIALS);
    }

    @Test
    void oneTimePasswordMustBeChangedBeforeAnythingElseWorks() {
        Tenant tenant = server.newTenant();
        var created = http.post(tenant.path("/users"), tenant.owner().token(),
                java.util.Map.of("email", "newbie@" + tenant.org().slug() + ".test", "displayName", "Newbie"));
        String oneTimePassword = created.json().path("oneTimePassword").asText();

        LoginResponse first = http.signIn("newbie@" + tenant.org().slug() + ".test", oneTimePassword);
        assertThat(first.step()).isEqualTo(LoginStep.CHANGE_PASSWORD);
        var refused = http.get(ApiPaths.MY_SPOTS, first.accessToken());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo(ErrorCodes.PASSWORD_CHANGE_REQUIRED);

        var changed = http.post(ApiPaths.CHANGE_PASSWORD, first.accessToken(),
                new ChangePasswordRequest(oneTimePassword, "a-brand-new-passphrase"));
        assertThat(changed.status()).isEqualTo(200);
        LoginResponse after = changed.as(LoginResponse.class);
        assertThat(after.step()).isEqualTo(LoginStep.AUTHENTICATED);
        assertThat(http.get(ApiPaths.MY_SPOTS, after.accessToken()).status()).isEqualTo(200);
        assertThat(http.login("newbie@" + tenant.org().slug() + ".test", oneTimePassword, "d").status()).isEqualTo(401);
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenEndsTheSession() {
        Tenant tenant = server.newTenant();
        LoginResponse login = http.login(tenant.owner().email(), Tenant.PASSWORD, "phone-7").as(LoginResponse.class);

        var rotated = http.post(ApiPaths.REFRESH, null, new RefreshRequest(login.refreshToken(), "phone-7"));
        assertThat(rotated.status()).isEqualTo(200);
        LoginResponse next = rotated.as(LoginResponse.class);
        assertThat(next.refreshToken()).isNotEqualTo(login.refreshToken());

        var replay = http.post(ApiPaths.REFRESH, null, new RefreshRequest(login.refreshToken(), "phone-7"));
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.code()).isEqualTo(ErrorCodes.REFRESH_TOKEN_REUSED);
        assertThat(http.get(ApiPaths.ME, next.accessToken()).code()).isEqualTo(ErrorCodes.SESSION_REVOKED);
        assertThat(http.post(ApiPaths.REFRESH, null, new RefreshRequest(next.refreshToken(), "phone-7")).status())
                .isEqualTo(401);
    }

    @Test
    void wrongPasswordForAnEmailInSeveralOrganizationsGetsTheSameAnswerAsAnUnknownEmail() {
        Tenant first = server.newTenant();
        String email = sharedEmail(first, server.newTenant());

        var wrongPassword = http.login(email, "not-the-password-at-all", "d1");
        var unknownEmail = http.login("nobody-" + first.org().slug() + "@example.com", "not-the-password-at-all", "d1");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
    }

    @Test
    void theRightPasswordForAnEmailInSeveralOrganizationsAsksForTheOrganization() {
        Tenant first = server.newTenant();
        Tenant second = server.newTenant();
        String email = sharedEmail(first, second);

        var withoutOrganization = http.login(email, Tenant.PASSWORD, "d1");
        var intoSecond = http.post(ApiPaths.LOGIN, null, new LoginRequest(email, "another-long-passphrase", "d1",
                "Test device", DevicePlatform.LINUX, second.org().slug()));
        var intoFirstWithSecondsPassword = http.post(ApiPaths.LOGIN, null, new LoginRequest(email,
                "another-long-passphrase", "d1", "Test device", DevicePlatform.LINUX, first.org().slug()));

        assertThat(withoutOrganization.status()).isEqualTo(400);
        assertThat(withoutOrganization.code()).isEqualTo(ErrorCodes.ORGANIZATION_REQUIRED);
        assertThat(intoSecond.status()).isEqualTo(200);
        assertThat(http.get(ApiPaths.ME, intoSecond.as(LoginResponse.class).accessToken()).json().at("/user/orgId")
                .asText()).isEqualTo(second.id());
        assertThat(intoFirstWithSecondsPassword.code()).isEqualTo(ErrorCodes.INVALID_CREDENTIALS);
    }

    @Test
    void aRefreshTokenPresentedFromAnotherDeviceEndsItsSessionAndIsAudited() {
        Tenant tenant = server.newTenant();
        LoginResponse login = http.login(tenant.owner().email(), Tenant.PASSWORD, "phone-7").as(LoginResponse.class);

        var stolen = http.post(ApiPaths.REFRESH, null, new RefreshRequest(login.refreshToken(), "attacker-laptop"));
        var owner = http.post(ApiPaths.REFRESH, null, new RefreshRequest(login.refreshToken(), "phone-7"));

        assertThat(stolen.status()).isEqualTo(401);
        assertThat(stolen.code()).isEqualTo(ErrorCodes.REFRESH_TOKEN_INVALID);
        assertThat(owner.status()).isEqualTo(401);
        assertThat(http.get(ApiPaths.ME, login.accessToken()).code()).isEqualTo(ErrorCodes.SESSION_REVOKED);
        assertThat(AuditTrail.all(http, tenant, "action=auth.refresh_device_mismatch")).singleElement()
                .satisfies(event -> {
                    assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
                    assertThat(event.deviceId()).isEqualTo("attacker-laptop");
                    assertThat(event.details()).containsEntry("sessionDeviceId", "phone-7");
                });
    }

    /** One email in two organizations: the older account's password is Tenant.PASSWORD, the newer one's another. */
    private String sharedEmail(Tenant first, Tenant second) {
        String email = "shared-" + first.org().slug() + "@example.com";
        server.app().provisioning().createUser(first.id(), email, "In first", Tenant.PASSWORD, false);
        server.app().provisioning().createUser(second.id(), email, "In second", "another-long-passphrase", false);
        return email;
    }
}
