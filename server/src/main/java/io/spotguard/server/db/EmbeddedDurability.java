package io.spotguard.server.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jdbi.v3.core.Handle;

/**
 * Makes the embedded H2 database write each commit to its file before the commit is acknowledged.
 *
 * <p>H2's MVStore keeps commits in memory and writes them out in the background about every 500 ms (WRITE_DELAY),
 * so a killed server lost the writes it had answered in its last half second, audit events included. H2's own
 * remedy, WRITE_DELAY=0, writes one file chunk per commit and stops the background housekeeping that compacts the
 * file: measured slower than this, with a file growing about three times as fast. Here one CHECKPOINT writes out
 * every commit made before it, shared by the commits of concurrent requests ({@link GroupFlush}), and H2's
 * housekeeping goes on.
 *
 * <p>What survives: a crash of the server process (kill -9, the OOM killer, a JVM crash) loses nothing that was
 * acknowledged, since the data is in the operating system's file cache. The file is not fsynced at each commit, so
 * an operating-system crash or power loss can lose the writes of the last seconds that the kernel had not yet
 * written to disk (up to about 30 s with Linux's defaults); H2 keeps superseded chunks 45 s (RETENTION_TIME) so it
 * can then open at an earlier consistent state. Syncing each flush too (CHECKPOINT SYNC, group-committed the same
 * way) cut the throughput of 8 concurrent writers by a further 25 to 46 % on a 2-core machine with a 5 ms fsync, so
 * it is not done: installations that need power-loss durability run on MariaDB with
 * innodb_flush_log_at_trx_commit=1.
 */
final class EmbeddedDurability implements AutoCloseable {
    private final Connection connection;
    private final GroupFlush flush;

    private EmbeddedDurability(Connection connection) {
        this.connection = connection;
        this.flush = new GroupFlush(this::checkpoint);
    }

    /** A connection of its own, outside the pool: a flush must never wait for a pooled connection. */
    static EmbeddedDurability open(String url) throws SQLException {
        return new EmbeddedDurability(DriverManager.getConnection(url));
    }

    /**
     * Whether the handle's open transaction changed anything, so that its commit needs writing out; reads never
     * wait for the file. H2 answers NULL from TRANSACTION_ID() while the transaction holds no change, whatever
     * statements ran.
     */
    static boolean hasChanges(Handle handle) {
        try {
            // Asked of the embedded session directly: an SQL round trip here cost every read ~10 % of its rate.
            if (handle.getConnection().unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                return session.containsUncommitted();
            }
        } catch (SQLException e) {
            // not H2's own connection: ask in SQL below
        }
        return handle.createQuery("SELECT TRANSACTION_ID()").mapTo(String.class).one() != null;
    }

    /** Returns once every commit made before the call is in the database file. */
    void awaitWritten() {
        flush.awaitFlush();
    }

    private void checkpoint() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // The pool's connections still hold the database; closing them closes it cleanly.
        }
    }
}
