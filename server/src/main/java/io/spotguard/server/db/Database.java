package io.spotguard.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.config.ConfigException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.LongAdder;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The database: a HikariCP pool, the Flyway migrations, and the one way to run SQL — inside a transaction that
 * commits or rolls back as a whole.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Clock clock;
    private final LongAdder transactionsBegun = new LongAdder();

    private Database(HikariDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.clock = clock;
    }

    public static Database open(AppConfig config) {
        return open(config, Clock.systemUTC());
    }

    /** {@code clock}: the time every feature stamps its rows with (tests move it instead of sleeping). */
    public static Database open(AppConfig config, Clock clock) {
        AppConfig.Database db = config.database();
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("spotguard");
        hikari.setMaximumPoolSize(db.poolSize());
        hikari.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (db.embedded()) {
            hikari.setJdbcUrl(embeddedUrl(config.dataDir()));
        } else {
            hikari.setJdbcUrl(db.url());
            hikari.setUsername(db.user());
            hikari.setPassword(db.password());
            if (db.url().startsWith("jdbc:mariadb:")) {
                // LOCAL INFILE lets a malicious server read client files; never needed here.
                hikari.addDataSourceProperty("allowLocalInfile", "false");
            }
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new ConfigException("Cannot connect to the database (setting spotguard.database.url): "
                    + rootMessage(e), e);
        }
        Database database = new Database(dataSource, clock);
        database.migrate();
        return database;
    }

    /** H2 in MariaDB mode, so one migration set serves both; never a TCP server or web console. */
    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("spotguard")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128";
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            close();
            throw new ConfigException("Database migration failed: " + rootMessage(e), e);
        }
    }

    public Clock clock() {
        return clock;
    }

    /** Now, at the precision the database keeps, so a value read back equals the one written. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Transactions begun since start: what one request costs in connection checkouts is measured by it. */
    public long transactionsBegun() {
        return transactionsBegun.sum();
    }

    /** Runs work in one transaction: it commits when the work returns and rolls back when it throws. */
    public <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        transactionsBegun.increment();
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw new DatabaseException(e);
        }
    }

    /**
     * Runs work in a transaction of its own on a connection of its own, even when the calling thread is inside
     * another transaction (which Jdbi would otherwise join): what it writes commits whatever becomes of the other.
     */
    public void useOwnTransaction(java.util.function.Consumer<Handle> work) {
        transactionsBegun.increment();
        try (Handle handle = jdbi.open()) {
            handle.useTransaction(work::accept);
        } catch (JdbiException e) {
            throw new DatabaseException(e);
        }
    }

    public void useTransaction(java.util.function.Consumer<Handle> work) {
        inTransaction(handle -> {
            work.accept(handle);
            return null;
        });
    }

    public boolean isReachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
