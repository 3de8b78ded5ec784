package io.spotguard.desktop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void hostAndPortBecomeAnHttpsAddress() {
        assertThat(ServerAddress.parse(" spotguard.example.com:8443 ")).isEqualTo(URI.create("https://spotguard.example.com:8443"));
        assertThat(ServerAddress.parse("https://localhost:8443/")).isEqualTo(URI.create("https://localhost:8443"));
    }

    @Test
    void plainHttpIsRefused() {
        assertThatThrownBy(() -> ServerAddress.parse("http://localhost:8443"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HTTPS only");
    }

    @Test
    void signInDetailsTypedIntoTheAddressAreRefusedNotDropped() {
        assertThatThrownBy(() -> ServerAddress.parse("ada.admin@demo.spotguard.test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> ServerAddress.parse("https://ada:secret@localhost:8443"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user name");
    }

    @Test
    void aPathIsRefused() {
        assertThatThrownBy(() -> ServerAddress.parse("https://localhost:8443/api/v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a path");
    }
}
