package org.opencompras.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.opencompras.ingest.read.PackageInfo;

/** The bookkeeping of ingests: the sources data comes from, and one row per ingest run. */
@ApplicationScoped
public class IngestRuns {

    @Inject
    DataSource dataSource;

    /** The id of the named source, created on first use. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sourceId(String name) {
        String sql = """
                insert into source (name) values (?)
                on conflict (name) do update set name = excluded.name
                returning id""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IngestFailure("Could not register the source '" + name + "': " + e.getMessage(), e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long start(int sourceId, String channel) {
        String sql = "insert into ingest_run (source_id, channel) values (?, ?) returning id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, sourceId);
            ps.setString(2, channel);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IngestFailure("Could not start an ingest: " + e.getMessage(), e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(long runId, long releasesRead, long rejected, boolean completed) {
        String sql = """
                update ingest_run set finished_at = now(), releases_read = ?, rejected = ?, status = ?
                where id = ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, releasesRead);
            ps.setLong(2, rejected);
            ps.setString(3, completed ? "completed" : "failed");
            ps.setLong(4, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IngestFailure("Could not close the ingest: " + e.getMessage(), e);
        }
    }

    /**
     * Refreshes the planner's statistics after a large load, so the next queries do not plan for the
     * near-empty tables the statistics last saw (autovacuum may be slow to notice, or off).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void refreshStatistics() {
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            statement.execute("analyze release, process, award, award_supplier, contract, item, lot, "
                    + "organization, organization_name, process_party, data_issue");
        } catch (SQLException e) {
            throw new IngestFailure("Could not refresh the table statistics: " + e.getMessage(), e);
        }
    }

    /** Records what a package said of its publisher and licence; what it left out keeps its earlier value. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void describeSource(int sourceId, PackageInfo info) {
        String sql = """
                update source set publisher_name = coalesce(?, publisher_name), license = coalesce(?, license),
                  package_uri = coalesce(?, package_uri)
                where id = ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, info.publisherName());
            ps.setString(2, info.license());
            ps.setString(3, info.uri());
            ps.setInt(4, sourceId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IngestFailure("Could not describe the source: " + e.getMessage(), e);
        }
    }
}
