package io.spotguard.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotguard.server.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Connection-level abuse: TLS renegotiation on demand and request heads trickled in to hold connections. */
class ConnectionHardeningTest {
    private static final String HEALTH = "GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n";
    /** A dedicated server with a short head deadline, so the slow client is cut within the test's patience. */
    private static final TestServer server = TestServer.startDedicated(
            Map.of("spotguard.http.request-head-timeout-seconds", "1"));

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void clientInitiatedTlsRenegotiationIsRefused() throws IOException {
        try (SSLSocket socket = server.http().openSocket("TLSv1.2")) {
            assertThat(exchange(socket, HEALTH)).startsWith("HTTP/1.1 200");

            assertThatThrownBy(() -> {
                socket.startHandshake();
                exchange(socket, HEALTH);
            }).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aClientThatTricklesItsHeadersIsDisconnected() throws Exception {
        int maxLines = 40;
        try (SSLSocket socket = server.http().openSocket()) {
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Integer> closed = CompletableFuture.supplyAsync(() -> readUntilClosed(socket));
            out.write("GET /health/live HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            int sent = 0;
            try {
                while (sent < maxLines && !closed.isDone()) {
                    Thread.sleep(250);
                    out.write(("X-Slow-" + sent + ": still coming\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    sent++;
                }
            } catch (IOException e) {
                // the server closed the connection while we were still sending: what this test expects
            }

            assertThat(closed.get(15, TimeUnit.SECONDS)).as("bytes of an answer before the close").isZero();
            assertThat(sent).as("header lines sent before the server hung up").isLessThan(maxLines);
        }
    }

    @Test
    void anIdleKeepAliveConnectionOutlivesTheHeadDeadline() throws Exception {
        try (SSLSocket socket = server.http().openSocket()) {
            assertThat(exchange(socket, HEALTH)).startsWith("HTTP/1.1 200");
            // Idle time between requests is the idle timeout's business, not the head deadline's.
            Thread.sleep(2_000);
            assertThat(exchange(socket, HEALTH)).startsWith("HTTP/1.1 200");
        }
    }

    /** Sends one request and reads its whole answer (Content-Length framed). */
    private static String exchange(SSLSocket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder answer = new StringBuilder();
        int contentLength = -1;
        int headEnd = -1;
        while (headEnd < 0 || answer.length() < headEnd + contentLength) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + answer.length() + " bytes");
            }
            answer.append((char) b);
            if (headEnd < 0 && answer.toString().endsWith("\r\n\r\n")) {
                headEnd = answer.length();
                var m = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(answer);
                contentLength = m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
        }
        return answer.toString();
    }

    /** Reads until the server closes the connection; the number of bytes it sent before that. */
    private static int readUntilClosed(SSLSocket socket) {
        int count = 0;
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                count++;
            }
        } catch (IOException e) {
            // a reset or a TLS close without close_notify also ends the connection
        }
        return count;
    }
}
