package org.opencompras.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.opencompras.ingest.read.PackageInfo;

/** The bookkeeping of ingests: the sources data comes from, and one row per ingest run. */
@ApplicationScoped
public class IngestRuns {

    static final String COMPLETED = "completed";
    /** The input stopped before its end; what was read before it is stored. */
    static final String INCOMPLETE = "incomplete";
    static final String FAILED = "failed";

    /**
     * The first key of every run's advisory lock (the second is the run's id): "OR", apart from the change log's
     * "OC". The per-process locks of a batch take the one-key form, whose locks never meet the two-key form's.
     */
    static final int RUN_LOCKS = 0x4F52;

    private static final Logger LOG = Logger.getLogger(IngestRuns.class);

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

    /**
     * Registers a running ingest. Its row is committed together with an advisory lock on the run, held by a
     * connection of its own until {@link LiveRun#close}: a row still {@code running} whose lock nobody holds
     * belongs to a process that died, whichever instance of the service (or command) it was.
     */
    LiveRun start(int sourceId, String channel) {
        String sql = "insert into ingest_run (source_id, channel) values (?, ?) returning id";
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, sourceId);
                ps.setString(2, channel);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select pg_advisory_lock(?, ?)")) {
                ps.setInt(1, RUN_LOCKS);
                ps.setInt(2, Math.toIntExact(id));
                ps.executeQuery().close();
            }
            c.commit();
            c.setAutoCommit(true);
            return new LiveRun(id, c);
        } catch (SQLException | ArithmeticException e) {
            closeQuietly(c);
            throw new IngestFailure("Could not start an ingest: " + e.getMessage(), e);
        }
    }

    /**
     * Marks {@code interrupted} the runs left {@code running} by a process that died (killed, out of memory, its
     * database connection lost): at every start of the service or of a command, since two of them may share the
     * database, only the runs whose lock no session holds.
     *
     * @return how many runs were marked
     */
    int markInterrupted() {
        String sql = """
                update ingest_run r set status = 'interrupted'
                where r.status = 'running' and not exists (
                  select 1 from pg_locks l
                  where l.locktype = 'advisory' and l.objsubid = 2 and l.classid::bigint = ? and l.objid::bigint = r.id
                    and l.database = (select oid from pg_database where datname = current_database()))""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, RUN_LOCKS);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IngestFailure("Could not mark the interrupted ingests: " + e.getMessage(), e);
        }
    }

    void started(@Observes StartupEvent event) {
        try {
            int marked = markInterrupted();
            if (marked > 0) {
                LOG.infof("%d ingest run(s) left running by a process that stopped are marked interrupted; "
                        + "run the same input again to finish", marked);
            }
        } catch (IngestFailure e) {
            LOG.warn(e.getMessage());
        }
    }

    /** A run in progress: its id, and the connection that holds its lock. Closing it releases the lock. */
    record LiveRun(long id, Connection connection) implements AutoCloseable {
        @Override
        public void close() {
            try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
                ps.setInt(1, RUN_LOCKS);
                ps.setInt(2, Math.toIntExact(id));
                ps.executeQuery().close();
            } catch (SQLException e) {
                // A connection that broke took its lock with it; the run's status is already written.
                LOG.debug("Could not release the lock of ingest run " + id, e);
            } finally {
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Could not close a connection", e);
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(long runId, long releasesRead, long rejected, String status) {
        String sql = """
                update ingest_run set finished_at = now(), releases_read = ?, rejected = ?, status = ?
                where id = ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, releasesRead);
            ps.setLong(2, rejected);
            ps.setString(3, status);
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
