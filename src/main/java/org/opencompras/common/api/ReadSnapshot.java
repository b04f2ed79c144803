package org.opencompras.common.api;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        // One statement sets the transaction up, sent with the BEGIN the driver adds: the connection's own
        // setters would each cost a round trip, and another two to put the session back afterwards.
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
            }
            T result = work.run(c);
            c.commit();
            return result;
        } finally {
            if (!c.isClosed()) {
                c.rollback();
                c.setAutoCommit(true);
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
