package org.opencompras.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

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
        // The simple query protocol lets the server split the script: the driver's own splitting does not know
        // function bodies written as `begin atomic ... end`.
        var simple = new Properties();
        simple.setProperty("preferQueryMode", "simple");
        try (Connection migrating = connect(simple); Statement statement = migrating.createStatement()) {
            statement.execute("create schema " + name);
            try {
                statement.execute("set search_path to " + name);
                statement.execute(migration());
            } catch (SQLException | RuntimeException e) {
                statement.execute("drop schema " + name + " cascade");
                throw e;
            }
        }
        connection = connect();
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

    /** Every migration, in version order, as one script. */
    private static String migration() {
        try {
            Path folder = Path.of(ScratchSchema.class.getResource("/db/migration").toURI());
            var script = new StringBuilder();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                        .sorted(Comparator.comparingInt(ScratchSchema::version)).toList()) {
                    script.append(Files.readString(file, StandardCharsets.UTF_8)).append(";\n");
                }
            }
            return script.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
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
        return connect(new Properties());
    }

    private static Connection connect(Properties properties) throws SQLException {
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "");
        properties.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(URL, properties);
    }
}
