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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The database: a HikariCP pool, the Flyway migrations, and the one way to run SQL — inside a transaction that
 * commits or rolls back as a whole, and whose commit is written out before it returns, so nothing is answered as
 * done that a crash of the server process could take back.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    /** Null on MariaDB, whose commit returns only once the server has made it durable (see MariaDbDurability). */
    private final EmbeddedDurability embedded;
    private final Clock clock;
    private final LongAdder transactionsBegun = new LongAdder();

    private Database(HikariDataSource dataSource, EmbeddedDurability embedded, Clock clock) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.embedded = embedded;
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
        EmbeddedDurability embedded = null;
        if (db.embedded()) {
            try {
                embedded = EmbeddedDurability.open(hikari.getJdbcUrl());
            } catch (SQLException e) {
                dataSource.close();
                throw new ConfigException("Cannot open the embedded database under " + config.dataDir().resolve("db")
                        + ": " + rootMessage(e), e);
            }
        }
        Database database = new Database(dataSource, embedded, clock);
        database.migrate();
        if (embedded != null) {
            embedded.awaitWritten();
        } else if (db.url().startsWith("jdbc:mariadb:")) {
            MariaDbDurability.check(database.jdbi);
        }
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

    /**
     * Runs work in one transaction: it commits when the work returns and rolls back when it throws. A commit that
     * changed something is in the database file (embedded) or acknowledged by MariaDB when this returns.
     */
    public <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        return durably(callback -> jdbi.inTransaction(callback), work);
    }

    /**
     * Runs work in a transaction of its own on a connection of its own, even when the calling thread is inside
     * another transaction (which Jdbi would otherwise join): what it writes commits whatever becomes of the other.
     */
    public void useOwnTransaction(java.util.function.Consumer<Handle> work) {
        this.<Void>durably(callback -> {
            try (Handle handle = jdbi.open()) {
                return handle.inTransaction(callback);
            }
        }, handle -> {
            work.accept(handle);
            return null;
        });
    }

    /** The one path of every transaction: counted, and on the embedded database written out once it changed data. */
    private <T> T durably(Function<HandleCallback<T, RuntimeException>, T> transaction,
                          HandleCallback<T, RuntimeException> work) {
        transactionsBegun.increment();
        try {
            if (embedded == null) {
                return transaction.apply(work);
            }
            AtomicBoolean changed = new AtomicBoolean();
            T result = transaction.apply(handle -> {
                T value = work.withHandle(handle);
                changed.set(EmbeddedDurability.hasChanges(handle));
                return value;
            });
            if (changed.get()) {
                embedded.awaitWritten();
            }
            return result;
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
        if (embedded != null) {
            embedded.close();
        }
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
