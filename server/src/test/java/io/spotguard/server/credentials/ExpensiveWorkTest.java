package io.spotguard.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.ErrorCodes;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.server.testing.AuditTrail;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Expensive work has its own bounded pool: when it is full a sign-in is refused at once with 429, and requests that
 * need no hash are still served. The pool is filled with work that blocks until the test lets it go (a real pool,
 * held busy on purpose, instead of a burst of bcrypt that would make the test depend on the machine's speed).
 */
class ExpensiveWorkTest {
    /** One hashing thread and one place in the queue, so two held tasks fill it. */
    private static final TestServer server = TestServer.startDedicated(Map.of(
            "spotguard.auth.hashing-threads", "1", "spotguard.auth.hashing-queue", "1"));
    private final HttpsClient http = server.http();

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aFullHashingQueueRefusesSignInAtOnceWhileOtherRequestsAreServed() throws Exception {
        Tenant tenant = server.newTenant();
        ExpensiveWork work = server.app().expensiveWork();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        ExecutorService holders = Executors.newVirtualThreadPerTaskExecutor();
        try {
            holders.submit(() -> work.run(() -> {
                running.countDown();
                return release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            }));
            running.await();
            holders.submit(() -> work.run(() -> release.await(60, java.util.concurrent.TimeUnit.SECONDS)));
            awaitQueued(work);

            var signIn = http.login(tenant.owner().email(), Tenant.PASSWORD, "busy-laptop");
            var live = http.get(ApiPaths.HEALTH_LIVE, null);
            var me = http.get(ApiPaths.ME, tenant.owner().token());

            assertThat(List.of(signIn.status(), live.status(), me.status())).isEqualTo(List.of(429, 200, 200));
            assertThat(signIn.code()).isEqualTo(ErrorCodes.SERVER_BUSY);
            assertThat(signIn.header("Retry-After")).isEqualTo("1");
        } finally {
            release.countDown();
            holders.close();
        }
        assertThat(http.login(tenant.owner().email(), Tenant.PASSWORD, "busy-laptop").status()).isEqualTo(200);
        List<AuditEvent> refused = new ArrayList<>(AuditTrail.all(http, tenant, "action=auth.login&outcome=FAILURE"));
        assertThat(refused).extracting(event -> event.details().get("reason")).containsExactly(ErrorCodes.SERVER_BUSY);
    }

    /** Waits (bounded) until the second held task sits in the queue. */
    private static void awaitQueued(ExpensiveWork work) throws InterruptedException {
        for (int i = 0; i < 500 && work.queued() == 0; i++) {
            Thread.sleep(10);
        }
        assertThat(work.queued()).isEqualTo(1);
    }
}
