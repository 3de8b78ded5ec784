package io.spotguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotguard.model.ApiPaths;
import io.spotguard.model.auth.LoginResponse;
import io.spotguard.model.auth.LoginStep;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.config.ConfigException;
import io.spotguard.server.testing.HttpsClient;
import io.spotguard.server.testing.Tenant;
import io.spotguard.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bootstrap owner, the demo data and hash upgrades: what an installation does by itself. */
class FirstStartSetUpTest {
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password .*: (\\S+)");

    @Test
    void bootstrapOwnerGetsAOneTimePasswordPrintedOnceThatMustBeChanged() {
        TestServer fresh = TestServer.startDedicated(Map.of());
        try {
            String firstStart = bootstrap(fresh, null);
            Matcher printed = ONE_TIME_PASSWORD.matcher(firstStart);
            assertThat(printed.find()).as(firstStart).isTrue();

            LoginResponse login = fresh.http().signIn("owner@boot.test", printed.group(1));
            assertThat(login.step()).isEqualTo(LoginStep.CHANGE_PASSWORD);
            assertThat(bootstrap(fresh, null)).isEmpty();
        } finally {
            fresh.close();
        }
    }

    @Test
    void unattendedInstallSetsTheOwnersPasswordAndRefusesAWeakOne() {
        TestServer fresh = TestServer.startDedicated(Map.of());
        try {
            assertThatThrownBy(() -> bootstrap(fresh, "short"))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("SPOTGUARD_BOOTSTRAP_PASSWORD");
            String output = bootstrap(fresh, "an-unattended-passphrase");
            assertThat(output).doesNotContain("an-unattended-passphrase");
            assertThat(fresh.http().signIn("owner@boot.test", "an-unattended-passphrase").step())
                    .isEqualTo(LoginStep.AUTHENTICATED);
        } finally {
            fresh.close();
        }
    }

    @Test
    void demoDataIsCreatedOnceAndItsPasswordsStayTheSameAndPrivate() throws Exception {
        TestServer fresh = TestServer.startDedicated(Map.of());
        try {
            String first = demo(fresh);
            String second = demo(fresh);
            assertThat(second).isEqualTo(first);
            Path file = fresh.dataDir().resolve("demo-credentials.properties");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Matcher ada = Pattern.compile("ada\\.admin@demo\\.spotguard\\.test\\s+ADMIN\\s+(\\S+)").matcher(first);
            assertThat(ada.find()).isTrue();
            String token = fresh.http().signIn("ada.admin@demo.spotguard.test", ada.group(1)).accessToken();
            assertThat(fresh.http().get(ApiPaths.ME, token).json().path("spots").size()).isEqualTo(2);
        } finally {
            fresh.close();
        }
    }

    @Test
    void aChangedBcryptCostUpgradesTheHashAtTheNextSignIn() {
        TestServer atCostFour = TestServer.startDedicated(Map.of());
        Tenant tenant = atCostFour.newTenant();
        assertThat(storedHash(atCostFour.app(), tenant.owner().email())).startsWith("$2a$04$");
        atCostFour.close();

        try (ServerApp atCostFive = atCostFour.startSecondNode(Map.of("spotguard.auth.bcrypt-cost", "5"))) {
            HttpsClient http = atCostFour.httpTo(atCostFive);
            http.signIn(tenant.owner().email(), Tenant.PASSWORD);
            assertThat(storedHash(atCostFive, tenant.owner().email())).startsWith("$2a$05$");
            assertThat(http.signIn(tenant.owner().email(), Tenant.PASSWORD).step()).isEqualTo(LoginStep.AUTHENTICATED);
        }
    }

    private static String bootstrap(TestServer server, String password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bootstrap.ensureOwner(server.app(), new AppConfig.Bootstrap("boot", "Boot", "owner@boot.test", password),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String demo(TestServer server) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoData.seed(server.app(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Read straight from the table: the API never answers with a hash. */
    private static String storedHash(ServerApp app, String email) {
        return app.database().inTransaction(h -> h.createQuery("SELECT password_hash FROM user_account WHERE email = :e")
                .bind("e", email).mapTo(String.class).one());
    }
}
