package org.opencompras.common.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Which state of the data the API is serving: the sequence number of the last committed change and its time.
 * Every ingest, from this service or from the command line, records its changes in {@code change_event}, so
 * the version moves exactly when what the API can answer moves. Responses, their ETags and cached totals are
 * keyed by it.
 */
@ApplicationScoped
public class DataVersion {

    private static final String SQL = """
            select e.seq, e.at from change_event e order by e.seq desc limit 1""";

    /**
     * @param sequence the last change's sequence number, 0 before any
     * @param asOf     when it was written, null before any
     */
    public record Version(long sequence, OffsetDateTime asOf) {
    }

    @Inject
    DataSource dataSource;

    public Version current() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SQL)) {
            return rs.next() ? new Version(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)) : new Version(0, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the data version", e);
        }
    }
}
