package io.spotguard.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.spotguard.model.ApiPaths;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.tenancy.Spot;
import io.spotguard.model.tenancy.SpotRequest;
import io.spotguard.server.ServerApp;
import io.spotguard.server.testing.AuditTrail;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.ServerProcess;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 201 is a promise: what the server acknowledged must be there after the server process dies without warning.
 * The server runs as a process of its own, takes writes from several clients and is killed with SIGKILL while
 * requests are in flight; a restart on the same data must hold every acknowledged spot and its audit event.
 */
class CrashDurabilityTest {
    private static final int CLIENTS = 8;
    private static final long LOAD_MILLIS = 2_500;

    private ServerProcess server;

    @AfterEach
    void stopTheProcess() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        server = ServerProcess.start();
        HttpsClient http = server.http();
        String token = http.signIn(ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD).accessToken();
        String orgId = http.get(ApiPaths.ME, token).json().path("organization").path("id").asText();

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicBoolean loadRanLongEnough = new AtomicBoolean();
        AtomicBoolean killing = new AtomicBoolean();
        CompletableFuture<Integer> exitStatus = new CompletableFuture<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String prefix = "crash-" + c + "-";
            clients.add(Thread.ofPlatform().name("crash-client-" + c).start(() -> {
                for (int i = 0; !exitStatus.isDone(); i++) {
                    HttpsClient.Response answer;
                    try {
                        answer = http.post(ApiPaths.spots(orgId), token, new SpotRequest(prefix + i));
                    } catch (UncheckedIOException e) {
                        return; // the connection died with the process: this write was never acknowledged
                    }
                    if (answer.status() != 201) {
                        unexpected.add(answer.toString());
                        continue;
                    }
                    Spot spot = answer.as(Spot.class);
                    acknowledged.put(spot.id(), spot.name());
                    // Killed right after an answer, while the other clients' requests are in flight: the writes
                    // answered last are the ones lost when commits are written out later.
                    if (loadRanLongEnough.get()) {
                        killOnce(killing, exitStatus);
                    }
                }
            }));
        }
        Thread.sleep(LOAD_MILLIS);
        loadRanLongEnough.set(true);
        try {
            exitStatus.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            killOnce(killing, exitStatus); // no answer came any more: kill it anyway, the assertions will tell
        }
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(40));
            assertThat(client.isAlive()).as(client.getName() + " still waits for an answer").isFalse();
        }

        assertThat(exitStatus.get()).as("exit status of a SIGKILLed JVM (128 + 9)").isEqualTo(137);
        assertThat(unexpected).as("answers other than 201 before the kill").isEmpty();
        assertThat(acknowledged).as("acknowledged spots (the load never reached the server?)").isNotEmpty();

        try (ServerApp restarted = server.restartInProcess()) {
            HttpsClient after = server.httpTo(restarted);
            String ownerToken = after.signIn(ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD).accessToken();
            Set<String> stored = ids(after.get(ApiPaths.spots(orgId), ownerToken).json());
            Set<String> audited = AuditTrail.all(after, orgId, ownerToken, "action=" + AuditAction.SPOT_CREATE.wireName())
                    .stream().map(AuditEvent::targetId).collect(Collectors.toSet());

            Set<String> lostSpots = missing(acknowledged, stored);
            Set<String> lostEvents = missing(acknowledged, audited);
            assertThat(lostSpots)
                    .as("%d of %d spots answered 201 before the kill are gone after the restart",
                            lostSpots.size(), acknowledged.size())
                    .isEmpty();
            assertThat(lostEvents)
                    .as("%d of %d spots answered 201 before the kill have no spot.create audit event after the restart",
                            lostEvents.size(), acknowledged.size())
                    .isEmpty();
            System.out.printf("%d spots answered 201 before SIGKILL; all of them and their audit events were there "
                    + "after the restart%n", acknowledged.size());
        }
    }

    private void killOnce(AtomicBoolean killing, CompletableFuture<Integer> exitStatus) {
        if (killing.compareAndSet(false, true)) {
            try {
                exitStatus.complete(server.kill());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exitStatus.completeExceptionally(e);
            }
        }
    }

    private static Set<String> ids(JsonNode spots) {
        return StreamSupport.stream(spots.spliterator(), false).map(spot -> spot.path("id").asText())
                .collect(Collectors.toSet());
    }

    /** The names of the acknowledged spots whose ids are not among those found. */
    private static Set<String> missing(Map<String, String> acknowledged, Set<String> found) {
        return acknowledged.entrySet().stream().filter(spot -> !found.contains(spot.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.toCollection(TreeSet::new));
    }
}
