package io.spotguard.desktop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.spotguard.desktop.Consoles;
import io.spotguard.desktop.ServerPerClass;
import io.spotguard.desktop.TestServer;
import io.spotguard.desktop.session.Session;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.me.Me;
import io.spotguard.model.rbac.Permission;
import io.spotguard.model.users.CreateUserRequest;
import io.spotguard.model.users.User;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ApiClientTest {
    @TempDir
    Path home;
    static TestServer server;
    @RegisterExtension
    static final ServerPerClass lifecycle = new ServerPerClass(started -> server = started);

    @Test
    void signedInOwnerLearnsOrganizationAndPermissions() {
        Me me = Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD).me();

        assertEquals(server.organization(), me.organization());
        assertEquals(server.owner().id(), me.user().id());
        assertThat(me.organizationPermissions()).contains(Permission.USERS_MANAGE, Permission.USERS_GRANT,
                Permission.AUDIT_READ);
    }

    @Test
    void wrongPasswordIsATypedProblem() {
        Session session = Consoles.connected(server, home);

        assertThatThrownBy(() -> Consoles.login(session.api(), TestServer.OWNER_EMAIL, "not-the-password"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertEquals(401, e.status());
                    assertEquals(ErrorCodes.INVALID_CREDENTIALS, e.code());
                });
    }

    @Test
    void refusedFieldsArriveWithTheProblem() {
        Session session = Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);

        assertThatThrownBy(() -> Consoles.users(session).createUser(new CreateUserRequest("not-an-email", "Nobody")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertEquals(ErrorCodes.VALIDATION_FAILED, e.code());
                    assertEquals(List.of("email"), e.problem().errors().stream().map(f -> f.field()).toList());
                });
    }

    @Test
    void expiredAccessTokenIsRefreshedSilentlyAndTheCallSucceeds() throws Exception {
        Session session = Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);
        ApiClient api = session.api();
        ApiClient.Tokens before = api.currentTokens();
        api.adoptTokens(new ApiClient.Tokens(expiredCopyOf(before.access()), before.refresh()));

        Me me = api.me();

        assertEquals(server.owner().id(), me.user().id());
        assertThat(api.currentTokens().refresh()).isNotEqualTo(before.refresh());
    }

    @Test
    void concurrentCallsWithAnExpiredTokenRefreshOnceAndKeepTheSession() throws Exception {
        Session session = Consoles.signedIn(server, home, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD);
        ApiClient api = session.api();
        ApiClient.Tokens before = api.currentTokens();
        api.adoptTokens(new ApiClient.Tokens(expiredCopyOf(before.access()), before.refresh()));
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Me>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit((Callable<Me>) () -> {
                    start.await();
                    return api.me();
                }));
            }
            start.countDown();
            for (Future<Me> answer : answers) {
                assertEquals(server.owner().id(), answer.get().user().id());
            }
        }

        // Had two callers rotated the same refresh token, the server would have revoked the whole session.
        assertEquals(server.owner().id(), api.me().user().id());
        ApiClient.Tokens now = api.currentTokens();
        assertEquals(now, api.refreshedAfter(before));
    }

    @Test
    void refusedRefreshEndsTheSession(@TempDir Path ownerHome) throws Exception {
        User user = server.createUser("revoked@acme.test", "Re Voked", "revoked-password", false);
        ApiClient api = Consoles.signedIn(server, home, user.email(), "revoked-password").api();
        AtomicInteger ended = new AtomicInteger();
        api.onSessionEnded(ended::incrementAndGet);
        ApiClient.Tokens before = api.currentTokens();
        Consoles.users(Consoles.signedIn(server, ownerHome, TestServer.OWNER_EMAIL, TestServer.OWNER_PASSWORD))
                .revokeSessions(user.id());
        api.adoptTokens(new ApiClient.Tokens(expiredCopyOf(before.access()), before.refresh()));

        assertThatThrownBy(api::me).isInstanceOfSatisfying(ApiException.class, e -> assertEquals(401, e.status()));
        assertEquals(1, ended.get());
        assertNull(api.currentTokens());
    }

    @Test
    void unreachableServerIsNamedInTheError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("https://localhost:" + closedPort);
        ApiClient api = new ApiClient(nowhere, new ServerTrust(new PinnedCertificates(home)), DeviceIdentity.load(home));

        assertThatThrownBy(api::checkReachable).isInstanceOfSatisfying(ServerUnreachableException.class,
                e -> assertEquals(nowhere, e.server()));
    }

    /** The same claims as a real token, but expired a minute ago, signed with the server's key. */
    private static String expiredCopyOf(String accessToken) throws Exception {
        JWTClaimsSet real = SignedJWT.parse(accessToken).getJWTClaimsSet();
        Instant past = Instant.now().minusSeconds(60);
        JWTClaimsSet expired = new JWTClaimsSet.Builder(real)
                .issueTime(Date.from(past.minusSeconds(300)))
                .expirationTime(Date.from(past))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestServer.SIGNING_KEY_ID)
                .type(JOSEObjectType.JWT).build(), expired);
        jwt.sign(new MACSigner(TestServer.SIGNING_SECRET));
        return jwt.serialize();
    }
}
