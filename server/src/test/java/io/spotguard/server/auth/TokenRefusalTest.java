package io.spotguard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.RefreshRequest;
import io.spotguard.server.ServerApp;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every way a token can be wrong is refused on the next request, on every node sharing the database. */
class TokenRefusalTest {
    private static final TestServer server = TestServer.get();
    private static ServerApp secondNode;
    private final HttpsClient http = server.http();

    @BeforeAll
    static void startSecondNode() {
        secondNode = server.startSecondNode();
    }

    @AfterAll
    static void stopSecondNode() {
        secondNode.close();
    }

    @Test
    void requestWithoutTokenIsAskedToSignIn() {
        var response = http.get(ApiPaths.ME, null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo(ErrorCodes.UNAUTHENTICATED);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        Tenant tenant = server.newTenant();
        SignedJWT valid = SignedJWT.parse(tenant.owner().token());
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        TokenService pastTokens = new TokenService(SigningKeys.load(server.app().config()), Duration.ofMinutes(15), anHourAgo);
        String expired = pastTokens.issueAccessToken(tenant.owner().id(), tenant.id(),
                valid.getJWTClaimsSet().getStringClaim("sid"), "test-device");

        var response = http.get(ApiPaths.ME, expired);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo(ErrorCodes.TOKEN_EXPIRED);
        assertThat(http.get(ApiPaths.ME, tenant.owner().token()).status()).isEqualTo(200);
    }

    @Test
    void tamperedSignatureIsRefused() {
        Tenant tenant = server.newTenant();
        String token = tenant.owner().token();
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertRefused(tampered, ErrorCodes.TOKEN_INVALID);
    }

    @Test
    void tokenWithSwappedClaimsButOriginalSignatureIsRefused() throws Exception {
        Tenant tenant = server.newTenant();
        Tenant.Member other = tenant.member("MEMBER", null);
        String[] parts = tenant.owner().token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(tenant.owner().id(), other.id());
        String forged = parts[0] + "." + b64(payload) + "." + parts[2];

        assertRefused(forged, ErrorCodes.TOKEN_INVALID);
    }

    @Test
    void unsignedAlgNoneTokenIsRefused() throws Exception {
        Tenant tenant = server.newTenant();
        String payload = new String(Base64.getUrlDecoder().decode(tenant.owner().token().split("\\.")[1]),
                StandardCharsets.UTF_8);
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(payload) + ".";

        assertRefused(none, ErrorCodes.TOKEN_INVALID);
    }

    @Test
    void tokenSignedWithUnknownKeyIdIsRefused() throws Exception {
        Tenant tenant = server.newTenant();
        assertRefused(signWithForeignKey(tenant, "k-unknown", JWSAlgorithm.HS256), ErrorCodes.TOKEN_INVALID);
    }

    @Test
    void tokenWithOurKeyIdButAnotherSecretIsRefused() throws Exception {
        Tenant tenant = server.newTenant();
        String ourKid = SigningKeys.load(server.app().config()).activeKid();
        assertRefused(signWithForeignKey(tenant, ourKid, JWSAlgorithm.HS256), ErrorCodes.TOKEN_INVALID);
    }

    @Test
    void tokenWithAnotherAlgorithmIsRefused() throws Exception {
        Tenant tenant = server.newTenant();
        SigningKeys keys = SigningKeys.load(server.app().config());
        SignedJWT valid = SignedJWT.parse(tenant.owner().token());
        SignedJWT hs512 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS512).keyID(keys.activeKid()).build(),
                valid.getJWTClaimsSet());
        byte[] longKey = new byte[64];
        System.arraycopy(keys.activeKey(), 0, longKey, 0, keys.activeKey().length);
        hs512.sign(new MACSigner(longKey));

        assertRefused(hs512.serialize(), ErrorCodes.TOKEN_INVALID);
    }

    @Test
    void disablingAUserRefusesTheirTokenOnEveryNode() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);
        HttpsClient nodeB = server.httpTo(secondNode);
        assertThat(nodeB.get(ApiPaths.ME, member.token()).status()).isEqualTo(200);

        assertThat(http.post(tenant.path("/users/" + member.id() + "/disable"), tenant.owner().token(), null).status())
                .isEqualTo(200);

        assertThat(http.get(ApiPaths.ME, member.token()).code()).isEqualTo(ErrorCodes.SESSION_REVOKED);
        assertThat(nodeB.get(ApiPaths.ME, member.token()).code()).isEqualTo(ErrorCodes.SESSION_REVOKED);
    }

    @Test
    void signingOutOnOneNodeRefusesTheTokenOnTheOther() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);
        HttpsClient nodeB = server.httpTo(secondNode);

        assertThat(nodeB.post(ApiPaths.LOGOUT, member.token(), null).status()).isEqualTo(204);

        assertThat(http.get(ApiPaths.ME, member.token()).code()).isEqualTo(ErrorCodes.SESSION_REVOKED);
    }

    @Test
    void signOutEverywhereEndsEverySessionOfTheUser() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);
        LoginResponse phone = http.login(member.email(), member.password(), "phone").as(LoginResponse.class);

        assertThat(http.post(ApiPaths.LOGOUT_ALL, member.token(), null).status()).isEqualTo(204);

        assertThat(http.get(ApiPaths.ME, phone.accessToken()).code()).isEqualTo(ErrorCodes.SESSION_REVOKED);
        assertThat(http.post(ApiPaths.REFRESH, null, new RefreshRequest(phone.refreshToken(), "phone")).status())
                .isEqualTo(401);
        assertThat(http.get(ApiPaths.ME, tenant.owner().token()).status()).isEqualTo(200);
    }

    @Test
    void disabledUserCannotSignIn() {
        Tenant tenant = server.newTenant();
        Tenant.Member member = tenant.member("MEMBER", null);
        http.post(tenant.path("/users/" + member.id() + "/disable"), tenant.owner().token(), null);

        var response = http.login(member.email(), member.password(), "d");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo(ErrorCodes.ACCOUNT_DISABLED);
    }

    private void assertRefused(String token, String code) {
        var response = http.get(ApiPaths.ME, token);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("nimbus");
    }

    private static String signWithForeignKey(Tenant tenant, String kid, JWSAlgorithm algorithm) throws Exception {
        SignedJWT valid = SignedJWT.parse(tenant.owner().token());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        JWTClaimsSet claims = new JWTClaimsSet.Builder(valid.getJWTClaimsSet())
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).build(), claims);
        forged.sign(new MACSigner(secret));
        return forged.serialize();
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
