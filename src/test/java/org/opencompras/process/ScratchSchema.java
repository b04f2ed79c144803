package org.opencompras.process;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A throw-away schema in the local PostgreSQL {@code test} database with every migration applied:
 * created on open, dropped on close.
 */
final class ScratchSchema implements AutoCloseable {

    private static final String URL = System.getenv().getOrDefault("OPENCOMPRAS_TEST_JDBC_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");

    final Connection connection;
    private final String name = "process_writer_" + UUID.randomUUID().toString().replace("-", "");

    ScratchSchema() throws SQLException {
        connection = connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema " + name);
        }
        Flyway.configure().dataSource(URL, "postgres", "").schemas(name).load().migrate();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + name);
        }
        connection.setAutoCommit(false);
    }

    /** Another connection to the same schema, in its own transaction (autocommit off); the caller closes it. */
    Connection openConnection() throws SQLException {
        Connection other = connect();
        try (Statement statement = other.createStatement()) {
            statement.execute("set search_path to " + name);
        }
        other.setAutoCommit(false);
        return other;
    }

    /** A {@code source} row to attach processes to. */
    int insertSource(String sourceName) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("insert into source (name) values ('" + sourceName + "') returning id")) {
            rs.next();
            connection.commit();
            return rs.getInt(1);
        }
    }

    long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection; Statement statement = connection.createStatement()) {
            connection.rollback();
            connection.setAutoCommit(true);
            statement.execute("drop schema " + name + " cascade");
        }
    }

    /** Connects as the application does: batched inserts are sent as multi-row inserts. */
    private static Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "");
        properties.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(URL, properties);
    }
}
