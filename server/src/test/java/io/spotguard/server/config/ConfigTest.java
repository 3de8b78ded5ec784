package io.spotguard.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @Test
    void defaultsNeedNoConfiguration() {
        AppConfig config = AppConfig.load(Map.of(), Map.of());

        assertThat(config.http().port()).isEqualTo(8443);
        assertThat(config.http().maxPayloadBytes()).isEqualTo(65536);
        assertThat(config.http().trustedProxies()).isEmpty();
        assertThat(config.database().embedded()).isTrue();
        assertThat(config.auth().bcryptCost()).isEqualTo(12);
    }

    @Test
    void environmentVariableOverridesTheDefault() {
        AppConfig config = AppConfig.load(Map.of("SPOTGUARD_HTTP_PORT", "9999",
                "SPOTGUARD_HTTP_TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.1"), Map.of());

        assertThat(config.http().port()).isEqualTo(9999);
        assertThat(config.http().trustedProxies()).isEqualTo(List.of("10.0.0.0/8", "192.0.2.1"));
    }

    @Test
    void environmentVariableNameIsDerivedFromTheKey() {
        assertThat(Settings.envName("spotguard.http.max-payload-bytes")).isEqualTo("SPOTGUARD_HTTP_MAX_PAYLOAD_BYTES");
        assertThat(Settings.envName("spotguard.data-dir")).isEqualTo("SPOTGUARD_DATA_DIR");
    }

    @Test
    void portThatIsNotANumberIsRefusedNamingTheSettingAndItsVariable() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("SPOTGUARD_HTTP_PORT", "abc"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spotguard.http.port")
                .hasMessageContaining("SPOTGUARD_HTTP_PORT")
                .hasMessageContaining("abc");
    }

    @Test
    void portOutOfRangeIsRefused() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("SPOTGUARD_HTTP_PORT", "70000"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spotguard.http.port");
    }

    @Test
    void bcryptCostBelowFourIsRefused() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("SPOTGUARD_AUTH_BCRYPT_COST", "3"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spotguard.auth.bcrypt-cost")
                .hasMessageContaining("SPOTGUARD_AUTH_BCRYPT_COST");
    }

    @Test
    void databaseUrlOfAnotherDatabaseIsRefused() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("SPOTGUARD_DATABASE_URL", "jdbc:postgresql://db/spotguard"),
                Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spotguard.database.url")
                .hasMessageContaining("SPOTGUARD_DATABASE_URL");
    }

    @Test
    void mariaDbUrlIsAccepted() {
        AppConfig config = AppConfig.load(Map.of("SPOTGUARD_DATABASE_URL", "jdbc:mariadb://db:3306/spotguard"), Map.of());

        assertThat(config.database().url()).isEqualTo("jdbc:mariadb://db:3306/spotguard");
        assertThat(config.database().embedded()).isFalse();
    }

    @Test
    void trustedProxyHostNameIsRefused() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("SPOTGUARD_HTTP_TRUSTED_PROXIES", "example.com"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spotguard.http.trusted-proxies")
                .hasMessageContaining("SPOTGUARD_HTTP_TRUSTED_PROXIES")
                .hasMessageContaining("example.com");
    }

    @Test
    void configFileOverridesDefaultsAndEnvironmentOverridesTheFile(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                spotguard:
                  http:
                    port: 7777
                    max-payload-bytes: 2048
                  auth:
                    bcrypt-cost: 10
                """);

        AppConfig fromFile = AppConfig.load(Map.of("SPOTGUARD_CONFIG", file.toString()), Map.of());
        AppConfig envWins = AppConfig.load(Map.of("SPOTGUARD_CONFIG", file.toString(), "SPOTGUARD_HTTP_PORT", "8888"),
                Map.of());

        assertThat(fromFile.http().port()).isEqualTo(7777);
        assertThat(fromFile.http().maxPayloadBytes()).isEqualTo(2048);
        assertThat(fromFile.auth().bcryptCost()).isEqualTo(10);
        assertThat(fromFile.http().maxHeaderBytes()).isEqualTo(16384);
        assertThat(envWins.http().port()).isEqualTo(8888);
        assertThat(envWins.http().maxPayloadBytes()).isEqualTo(2048);
    }

    @Test
    void unknownKeyInTheConfigFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                spotguard:
                  http:
                    prot: 7777
                """);

        assertThatThrownBy(() -> AppConfig.load(Map.of("SPOTGUARD_CONFIG", file.toString()), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spotguard.http.prot");
    }

    @Test
    void missingConfigFileIsRefused(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> AppConfig.load(Map.of("SPOTGUARD_CONFIG", missing.toString()), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void unknownOverrideIsRefused() {
        assertThatThrownBy(() -> AppConfig.load(Map.of(), Map.of("spotguard.http.prot", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spotguard.http.prot");
    }

    @Test
    void secretsAreHiddenWhenTheConfigurationIsPrinted() {
        AppConfig config = AppConfig.load(Map.of("SPOTGUARD_DATABASE_PASSWORD", "db-secret-123",
                "SPOTGUARD_AUTH_SIGNING_KEY", "k1:c2VjcmV0LXNpZ25pbmcta2V5LXRoYXQtaXMtbG9uZy1lbm91Z2g=",
                "SPOTGUARD_BOOTSTRAP_PASSWORD", "bootstrap-secret-456"), Map.of());

        assertThat(config.toString()).doesNotContain("db-secret-123", "c2VjcmV0", "bootstrap-secret-456");
    }

    @Test
    void readmeDocumentsEverySettingAndItsEnvironmentVariable() throws IOException {
        Path readme = Path.of("..", "README.md");
        assertThat(readme).as("README.md at the repository root").exists();
        String text = Files.readString(readme, StandardCharsets.UTF_8);

        assertThat(Settings.defaults().keySet()).isNotEmpty().allSatisfy(key -> {
            assertThat(text).as("README.md documents " + key).contains(key);
            assertThat(text).as("README.md documents " + Settings.envName(key)).contains(Settings.envName(key));
        });
    }

    private static Path write(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("spotguard.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
