package org.opencompras.harvest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One harvest at a time across every instance and command sharing the database: a PostgreSQL session advisory
 * lock held on a connection of its own for the length of the run.
 */
final class HarvestLock implements AutoCloseable {

    /** Any constant no other part of the service uses: "harvest" in ASCII. */
    private static final long KEY = 0x68617276657374L;

    private final Connection connection;

    private HarvestLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, or {@code null} when another harvest holds it. */
    static HarvestLock tryTake(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement ps = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return new HarvestLock(connection);
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    @Override
    public void close() throws SQLException {
        // Pooled connections outlive this run: the lock is released explicitly, not by closing the session.
        try (connection; PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            ps.setLong(1, KEY);
            ps.execute();
        }
    }
}
