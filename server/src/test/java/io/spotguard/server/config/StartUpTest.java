package io.spotguard.server.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotguard.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartUpTest {
    @Test
    void aTakenPortStopsStartUpWithAMessageNamingTheSetting() {
        int taken = TestServer.get().app().port();

        assertThatThrownBy(() -> TestServer.startDedicated(Map.of("spotguard.http.port", Integer.toString(taken))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spotguard.http.port")
                .hasMessageContaining("SPOTGUARD_HTTP_PORT");
    }
}
