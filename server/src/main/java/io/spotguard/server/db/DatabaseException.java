package io.spotguard.server.db;

/**
 * A database failure: the transaction was rolled back, or (embedded database) it committed but could not be written
 * to the database file, so it must not be acknowledged either. Clients get a 500 without details; the log gets the
 * cause.
 */
public class DatabaseException extends RuntimeException {
    public DatabaseException(Throwable cause) {
        super(cause.getMessage(), cause);
    }

    /** True when the failure is a unique-key violation (SQLState class 23), which callers may turn into a 409. */
    public boolean isConstraintViolation() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
