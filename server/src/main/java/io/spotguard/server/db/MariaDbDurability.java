package io.spotguard.server.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * On MariaDB the database server makes commits durable, as far as its settings let it. Spotguard answers a write
 * once MariaDB has acknowledged its commit, so these settings decide what that answer promises. Weaker settings are
 * a deliberate choice on some clusters, so they are named in a warning at start, never refused.
 */
final class MariaDbDurability {
    private static final Logger LOG = Logger.getLogger(MariaDbDurability.class.getName());

    private MariaDbDurability() {
    }

    static void check(Jdbi jdbi) {
        Map<String, String> variables;
        try {
            variables = read(jdbi);
        } catch (JdbiException e) {
            LOG.warning("Cannot read MariaDB's durability settings (innodb_flush_log_at_trx_commit, sync_binlog): "
                    + e.getMessage() + ". Make sure both are 1, or acknowledged writes can be lost in a crash.");
            return;
        }
        warnings(variables).forEach(LOG::warning);
    }

    /** The server's settings that decide durability, by lower-case name. */
    static Map<String, String> read(Jdbi jdbi) {
        // SHOW answers only the variables that exist: wsrep_on is missing on builds without Galera.
        return jdbi.withHandle(h -> h.createQuery("""
                        SHOW GLOBAL VARIABLES WHERE Variable_name IN
                            ('innodb_flush_log_at_trx_commit', 'log_bin', 'sync_binlog', 'wsrep_on')""")
                .map((rs, ctx) -> Map.entry(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** What the settings put at risk, one warning a setting; empty when every acknowledged commit is on disk. */
    static List<String> warnings(Map<String, String> variables) {
        List<String> warnings = new ArrayList<>();
        boolean galera = on(variables.get("wsrep_on"));
        String cluster = galera
                ? " This node is in a Galera cluster, which copies every commit to the other nodes before it is "
                + "acknowledged: the loss needs every node to fail at once (a whole-cluster power cut), since a "
                + "node that crashes alone gets the missing commits back from the others when it rejoins."
                : "";
        String flush = variables.get("innodb_flush_log_at_trx_commit");
        switch (flush == null ? "" : flush.strip()) {
            // 3 flushes at prepare and at commit: as durable as 1.
            case "1", "3" -> {
            }
            case "2" -> warnings.add("MariaDB innodb_flush_log_at_trx_commit=2: InnoDB writes each commit to its redo "
                    + "log but flushes it to disk only about once a second, so an operating-system crash or power loss "
                    + "of the database host can lose up to about a second of writes, and their audit events, that "
                    + "Spotguard already answered as done. A crash of the MariaDB process alone loses nothing."
                    + cluster + " Set it to 1 for full durability.");
            case "0" -> warnings.add("MariaDB innodb_flush_log_at_trx_commit=0: InnoDB writes and flushes its redo log "
                    + "only about once a second, so even a crash of the MariaDB process can lose up to about a second "
                    + "of writes, and their audit events, that Spotguard already answered as done." + cluster
                    + " Set it to 1 for full durability.");
            default -> warnings.add("MariaDB innodb_flush_log_at_trx_commit is " + (flush == null ? "unknown" : flush)
                    + ": Spotguard cannot tell whether acknowledged writes survive a crash. Set it to 1.");
        }
        String syncBinlog = variables.get("sync_binlog");
        if (on(variables.get("log_bin")) && !"1".equals(syncBinlog == null ? null : syncBinlog.strip())) {
            warnings.add("MariaDB sync_binlog=" + syncBinlog + " with the binary log on: the binary log is not "
                    + "flushed to disk at every commit, so after an operating-system crash or power loss of the database "
                    + "host, crash recovery can roll back acknowledged commits that the binary log lost, and replicas "
                    + "never receive them. Set sync_binlog=1.");
        }
        return warnings;
    }

    private static boolean on(String value) {
        return value != null && (value.equalsIgnoreCase("ON") || value.equals("1"));
    }
}
