package io.spotguard.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.spotguard.server.testing.TestServer;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The start-up warnings about MariaDB settings under which an acknowledged write can still be lost. */
class MariaDbDurabilityTest {

    @Test
    void theSettingsAreReadFromTheRunningServer() {
        String url = TestServer.get().app().config().database().url();
        assumeTrue(url != null && url.startsWith("jdbc:mariadb:"), "runs on MariaDB only");

        assertThat(MariaDbDurability.read(Jdbi.create(url)))
                .containsKeys("innodb_flush_log_at_trx_commit", "log_bin", "sync_binlog");
    }

    @Test
    void durableSettingsGiveNoWarning() {
        assertThat(MariaDbDurability.warnings(Map.of("innodb_flush_log_at_trx_commit", "1", "log_bin", "OFF",
                "sync_binlog", "0"))).isEmpty();
        assertThat(MariaDbDurability.warnings(Map.of("innodb_flush_log_at_trx_commit", "1", "log_bin", "ON",
                "sync_binlog", "1", "wsrep_on", "OFF"))).isEmpty();
        assertThat(MariaDbDurability.warnings(Map.of("innodb_flush_log_at_trx_commit", "3"))).isEmpty();
    }

    @Test
    void flushingOnceASecondIsNamedWithWhatItLoses() {
        assertThat(MariaDbDurability.warnings(Map.of("innodb_flush_log_at_trx_commit", "2")))
                .singleElement().asString()
                .contains("innodb_flush_log_at_trx_commit=2", "power loss", "up to about a second",
                        "MariaDB process alone loses nothing", "Set it to 1")
                .doesNotContain("Galera");
        assertThat(MariaDbDurability.warnings(Map.of("innodb_flush_log_at_trx_commit", "0")))
                .singleElement().asString()
                .contains("innodb_flush_log_at_trx_commit=0", "even a crash of the MariaDB process");
    }

    @Test
    void onAGaleraNodeTheWarningSaysTheLossNeedsTheWholeClusterToFail() {
        assertThat(MariaDbDurability.warnings(Map.of("innodb_flush_log_at_trx_commit", "2", "wsrep_on", "ON")))
                .singleElement().asString()
                .contains("innodb_flush_log_at_trx_commit=2", "Galera", "every node to fail at once");
    }

    @Test
    void anUnsyncedBinaryLogIsNamedOnlyWhenTheBinaryLogIsOn() {
        assertThat(MariaDbDurability.warnings(Map.of("innodb_flush_log_at_trx_commit", "1", "log_bin", "ON",
                "sync_binlog", "0")))
                .singleElement().asString()
                .contains("sync_binlog=0", "binary log", "Set sync_binlog=1");
        assertThat(MariaDbDurability.warnings(Map.of("innodb_flush_log_at_trx_commit", "1", "log_bin", "OFF",
                "sync_binlog", "0"))).isEmpty();
    }
}
