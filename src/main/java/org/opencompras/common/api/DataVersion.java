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
 * Which state of the data the API is serving: the sequence number of the last committed change and its time,
 * and how often the data derived from it (in {@code derived_data}, such as organization totals) was refreshed.
 * Every ingest, from this service or from the command line, records its changes in {@code change_event}, and
 * every refresh counts itself, so the version moves exactly when what the API can answer moves. Responses, their
 * ETags and cached totals are keyed by it.
 */
@ApplicationScoped
public class DataVersion {

    private static final String SQL = """
            select e.seq, e.at, d.generation
            from (select coalesce(sum(generation), 0) as generation from derived_data) d
            left join lateral (select seq, at from change_event order by seq desc limit 1) e on true""";

    /**
     * @param sequence the last change's sequence number, 0 before any
     * @param asOf     when it was written, null before any
     * @param derived  how many times data derived from the stored data (such as organization totals) was
     *                 refreshed: a refresh changes answers without a new change
     */
    public record Version(long sequence, OffsetDateTime asOf, long derived) {

        public Version(long sequence, OffsetDateTime asOf) {
            this(sequence, asOf, 0);
        }

        /** Names this state of the data, derived data included: what ETags and cached totals are keyed by. */
        public String key() {
            return sequence + "." + derived;
        }
    }

    @Inject
    DataSource dataSource;

    public Version current() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SQL)) {
            rs.next();
            return new Version(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the data version", e);
        }
    }
}
