package org.opencompras.common.api;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads that take several statements and must agree with each other: one read-only, repeatable-read
 * transaction, so an ingest that commits meanwhile is either wholly seen or not at all. Autocommit is off for
 * its length, which also lets the driver read large results through a server-side cursor.
 */
public final class ReadSnapshot {

    /** Work done on the snapshot's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    private ReadSnapshot() {
    }

    public static <T> T read(DataSource dataSource, Work<T> work) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            return read(c, work);
        }
    }

    /** The same on a connection the caller holds (and closes). */
    public static <T> T read(Connection c, Work<T> work) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } finally {
            if (!c.isClosed()) {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The same, for callers that cannot pass on a checked exception (the work's failure is unexpected). */
    public static <T> T readUnchecked(DataSource dataSource, String what, Work<T> work) {
        try {
            return read(dataSource, work);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not read " + what, e);
        }
    }
}
