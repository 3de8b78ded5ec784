package io.spotguard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.auth.DevicePlatform;
import io.spotguard.model.auth.LoginRequest;
import io.spotguard.server.testing.AuditTrail;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The address in the audit trail is the peer's, unless the peer is a trusted proxy. */
class ClientAddressTest {
    private static TestServer behindProxy;

    @BeforeAll
    static void startServerBehindAProxy() {
        behindProxy = TestServer.startDedicated(Map.of("spotguard.http.trusted-proxies", "127.0.0.1"));
    }

    @AfterAll
    static void stopServerBehindAProxy() {
        behindProxy.close();
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        TestServer server = TestServer.get();
        Tenant tenant = server.newTenant();

        assertThat(auditedAddressOfSignIn(server, tenant, "203.0.113.9")).isEqualTo("127.0.0.1");
    }

    @Test
    void forwardedForFromATrustedProxyIsBelieved() {
        Tenant tenant = behindProxy.newTenant();

        assertThat(auditedAddressOfSignIn(behindProxy, tenant, "203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void theRightmostUntrustedHopIsTheClient() {
        Tenant tenant = behindProxy.newTenant();

        assertThat(auditedAddressOfSignIn(behindProxy, tenant, "198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void trustedHopsAreSkippedFromTheRight() {
        Tenant tenant = behindProxy.newTenant();

        assertThat(auditedAddressOfSignIn(behindProxy, tenant, "203.0.113.9, 127.0.0.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void forwardedForThatIsNotAnAddressFallsBackToThePeer() {
        Tenant tenant = behindProxy.newTenant();

        assertThat(auditedAddressOfSignIn(behindProxy, tenant, "evil.example.com")).isEqualTo("127.0.0.1");
    }

    @Test
    void addressOfAnAuthenticatedCallerComesFromTheProxyToo() {
        Tenant tenant = behindProxy.newTenant();
        HttpsClient http = behindProxy.http();

        http.send("POST", tenant.path("/spots"), tenant.owner().token(), "application/json",
                "{\"name\":\"Proxied\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("X-Forwarded-For", "192.0.2.44"));

        AuditEvent created = AuditTrail.all(http, tenant, "action=spot.create").getFirst();
        assertThat(created.ip()).isEqualTo("192.0.2.44");
    }

    private static String auditedAddressOfSignIn(TestServer server, Tenant tenant, String forwardedFor) {
        HttpsClient http = server.http();
        byte[] body;
        try {
            body = HttpsClient.JSON.writeValueAsBytes(new LoginRequest(tenant.owner().email(), Tenant.PASSWORD,
                    "proxied-device", "Proxied", DevicePlatform.WEB, null));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = http.send("POST", ApiPaths.LOGIN, null, "application/json", body,
                Map.of("X-Forwarded-For", forwardedFor));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return AuditTrail.all(http, tenant, "action=auth.login").stream()
                .filter(e -> "proxied-device".equals(e.deviceId())).findFirst().orElseThrow().ip();
    }
}
