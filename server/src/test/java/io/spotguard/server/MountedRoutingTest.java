package io.spotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.db.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's routing can be mounted on a server of a test's own (here plain HTTP on the loopback, to show that
 * the routing carries its own security headers, authentication and fallback, whatever listener serves it).
 */
class MountedRoutingTest {
    @TempDir
    Path dataDir;

    @Test
    void theWholeApiMountsOnAnotherServer() throws Exception {
        AppConfig config = AppConfig.forTests(dataDir);
        try (Database database = Database.open(config)) {
            HttpRouting.Builder routing = HttpRouting.builder();
            AppContext app = AppContext.wire(config, database);
            ServerApp.routing(routing, app);
            WebServer server = WebServer.builder().host("127.0.0.1").port(0).routing(routing).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI base = URI.create("http://127.0.0.1:" + server.port());

                var live = http.send(HttpRequest.newBuilder(base.resolve("/health/live")).build(),
                        HttpResponse.BodyHandlers.ofString());
                var me = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/me")).build(),
                        HttpResponse.BodyHandlers.ofString());
                var wrongMethod = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/me")).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(List.of(live.statusCode(), me.statusCode(), wrongMethod.statusCode()))
                        .isEqualTo(List.of(200, 401, 405));
                assertThat(live.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            } finally {
                server.stop();
                app.close();
            }
        }
    }
}
