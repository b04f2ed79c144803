package org.opencompras.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.opencompras.common.jdbc.Jdbc;
import org.opencompras.ingest.StoredRelease.ReleaseKey;

/**
 * Stores one batch of releases and recompiles the processes it touched, all in one transaction: a crash
 * loses the whole batch or nothing, so running the same input again always converges to the same state.
 */
@ApplicationScoped
public class ReleaseBatchLoader {

    @Inject
    DataSource dataSource;

    @Inject
    ProcessCompiler compiler;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    BatchOutcome load(int sourceId, long runId, List<StoredRelease> batch) {
        try (Connection c = dataSource.getConnection()) {
            // Locked before reading what is stored: a concurrent ingest of the same processes waits here
            // instead of racing us to insert the same release.
            lock(c, new TreeSet<>(batch.stream().map(StoredRelease::ocid).toList()));
            Map<ReleaseKey, String> storedHashes = ReleaseTable.storedHashes(c, batch);
            Set<ReleaseKey> changed = new HashSet<>();
            for (StoredRelease release : batch) {
                String hash = storedHashes.get(release.key());
                if (hash != null && !hash.equals(release.hash())) {
                    changed.add(release.key());
                }
            }
            Set<ReleaseKey> superseded = ReleaseTable.supersededCopies(c, batch, changed);
            List<StoredRelease> added = new ArrayList<>();
            List<StoredRelease> replaced = new ArrayList<>();
            for (StoredRelease release : batch) {
                if (!storedHashes.containsKey(release.key())) {
                    added.add(release);
                } else if (changed.contains(release.key()) && !superseded.contains(release.key())) {
                    replaced.add(release);
                }
            }
            ReleaseTable.insert(c, sourceId, runId, added);
            ReleaseTable.replace(c, sourceId, runId, replaced);
            List<ChangeLog.Event> events = new ArrayList<>();
            added.forEach(r -> events.add(ChangeLog.Event.added(r)));
            replaced.forEach(r -> events.add(ChangeLog.Event.replaced(r, storedHashes.get(r.key()))));
            TreeSet<String> touched = new TreeSet<>();
            added.forEach(r -> touched.add(r.ocid()));
            replaced.forEach(r -> touched.add(r.ocid()));
            events.addAll(compiler.compile(c, sourceId, touched));
            int duplicates = batch.size() - added.size() - replaced.size();
            recordCounts(c, runId, added.size(), replaced.size(), duplicates, touched.size());
            ChangeLog.append(c, runId, events);
            return new BatchOutcome(added.size(), replaced.size(), duplicates, touched.size());
        } catch (SQLException e) {
            throw new IngestFailure("Could not store a batch of releases: " + e.getMessage(), e);
        }
    }

    /**
     * Serialises work on these processes across concurrent ingests, until the transaction ends. One statement
     * takes every lock, always in the same order, so two transactions cannot wait on each other.
     */
    private static void lock(Connection c, SortedSet<String> ocids) throws SQLException {
        String sql = "select pg_advisory_xact_lock(hashtextextended(o, 0)) from unnest(?::text[]) o order by o";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, Jdbc.textArray(c, new ArrayList<>(ocids)));
            ps.executeQuery().close();
        }
    }

    private static void recordCounts(Connection c, long runId, int inserted, int replaced, int duplicates,
                                     int compiled) throws SQLException {
        String sql = """
                update ingest_run set inserted = inserted + ?, replaced = replaced + ?, duplicates = duplicates + ?,
                  processes_compiled = processes_compiled + ? where id = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, inserted);
            ps.setInt(2, replaced);
            ps.setInt(3, duplicates);
            ps.setInt(4, compiled);
            ps.setLong(5, runId);
            ps.executeUpdate();
        }
    }

}
