package org.opencompras.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
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
            ProcessCompiler.lock(c, new TreeSet<>(batch.stream().map(StoredRelease::ocid).toList()));
            Map<ReleaseKey, String> storedHashes = storedHashes(c, batch);
            Set<ReleaseKey> changed = new HashSet<>();
            for (StoredRelease release : batch) {
                String hash = storedHashes.get(release.key());
                if (hash != null && !hash.equals(release.hash())) {
                    changed.add(release.key());
                }
            }
            Set<ReleaseKey> superseded = supersededCopies(c, batch, changed);
            List<StoredRelease> added = new ArrayList<>();
            List<StoredRelease> replaced = new ArrayList<>();
            for (StoredRelease release : batch) {
                if (!storedHashes.containsKey(release.key())) {
                    added.add(release);
                } else if (changed.contains(release.key()) && !superseded.contains(release.key())) {
                    replaced.add(release);
                }
            }
            insert(c, sourceId, runId, added);
            replace(c, sourceId, runId, replaced);
            TreeSet<String> touched = new TreeSet<>();
            added.forEach(r -> touched.add(r.ocid()));
            replaced.forEach(r -> touched.add(r.ocid()));
            compiler.compile(c, sourceId, runId, touched);
            int duplicates = batch.size() - added.size() - replaced.size();
            recordCounts(c, runId, added.size(), replaced.size(), duplicates, touched.size());
            return new BatchOutcome(added.size(), replaced.size(), duplicates, touched.size());
        } catch (SQLException e) {
            throw new IngestFailure("Could not store a batch of releases: " + e.getMessage(), e);
        }
    }

    private static Map<ReleaseKey, String> storedHashes(Connection c, List<StoredRelease> batch) throws SQLException {
        String sql = """
                select r.ocid, r.release_id, r.content_hash
                from release r join unnest(?::text[], ?::text[]) as k(ocid, release_id)
                  on r.ocid = k.ocid and r.release_id = k.release_id""";
        Map<ReleaseKey, String> hashes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            planEachTime(ps);
            ps.setArray(1, textArray(c, batch.stream().map(StoredRelease::ocid).toList()));
            ps.setArray(2, textArray(c, batch.stream().map(StoredRelease::releaseId).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.put(new ReleaseKey(rs.getString(1), rs.getString(2)), rs.getString(3));
                }
            }
        }
        return hashes;
    }

    /**
     * The changed releases whose incoming copy is one that an earlier ingest already replaced: reading an old
     * file again must not bring back the copy the publisher corrected, nor count it as a change.
     */
    private static Set<ReleaseKey> supersededCopies(Connection c, List<StoredRelease> batch, Set<ReleaseKey> changed)
            throws SQLException {
        List<StoredRelease> candidates = batch.stream().filter(r -> changed.contains(r.key())).toList();
        Set<ReleaseKey> superseded = new HashSet<>();
        if (candidates.isEmpty()) {
            return superseded;
        }
        String sql = """
                select distinct k.ocid, k.release_id
                from release_replacement p join unnest(?::text[], ?::text[], ?::text[]) as k(ocid, release_id, hash)
                  on p.ocid = k.ocid and p.release_id = k.release_id and p.previous_hash = k.hash""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, textArray(c, candidates.stream().map(StoredRelease::ocid).toList()));
            ps.setArray(2, textArray(c, candidates.stream().map(StoredRelease::releaseId).toList()));
            ps.setArray(3, textArray(c, candidates.stream().map(StoredRelease::hash).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    superseded.add(new ReleaseKey(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return superseded;
    }

    private static void insert(Connection c, int sourceId, long runId, List<StoredRelease> releases)
            throws SQLException {
        String sql = """
                insert into release (ocid, release_id, release_date, tags, source_id, content_hash, data, ingest_run_id)
                values (?, ?, ?, ?, ?, ?, ?::json, ?)""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (StoredRelease r : releases) {
                ps.setString(1, r.ocid());
                ps.setString(2, r.releaseId());
                ps.setObject(3, r.date());
                ps.setArray(4, textArray(c, r.tags()));
                ps.setInt(5, sourceId);
                ps.setString(6, r.hash());
                ps.setString(7, r.json());
                ps.setLong(8, runId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        recordEvents(c, runId, "release_added", releases);
    }

    private static void replace(Connection c, int sourceId, long runId, List<StoredRelease> releases)
            throws SQLException {
        String keep = """
                insert into release_replacement (ocid, release_id, previous_hash, previous_data, new_hash, ingest_run_id)
                select ocid, release_id, content_hash, data, ?, ? from release where ocid = ? and release_id = ?""";
        String update = """
                update release set release_date = ?, tags = ?, source_id = ?, content_hash = ?, data = ?::json,
                  ingest_run_id = ?, updated_at = now()
                where ocid = ? and release_id = ?""";
        try (PreparedStatement k = c.prepareStatement(keep); PreparedStatement u = c.prepareStatement(update)) {
            for (StoredRelease r : releases) {
                k.setString(1, r.hash());
                k.setLong(2, runId);
                k.setString(3, r.ocid());
                k.setString(4, r.releaseId());
                k.addBatch();
                u.setObject(1, r.date());
                u.setArray(2, textArray(c, r.tags()));
                u.setInt(3, sourceId);
                u.setString(4, r.hash());
                u.setString(5, r.json());
                u.setLong(6, runId);
                u.setString(7, r.ocid());
                u.setString(8, r.releaseId());
                u.addBatch();
            }
            k.executeBatch();
            u.executeBatch();
        }
        recordEvents(c, runId, "release_replaced", releases);
    }

    /** One statement for the whole list; unnest keeps the list's order, and so the events' sequence. */
    private static void recordEvents(Connection c, long runId, String kind, List<StoredRelease> releases)
            throws SQLException {
        if (releases.isEmpty()) {
            return;
        }
        String sql = """
                insert into change_event (kind, ocid, release_id, ingest_run_id)
                select ?, k.ocid, k.release_id, ? from unnest(?::text[], ?::text[]) with ordinality as k(ocid, release_id, n)
                order by k.n""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, kind);
            ps.setLong(2, runId);
            ps.setArray(3, textArray(c, releases.stream().map(StoredRelease::ocid).toList()));
            ps.setArray(4, textArray(c, releases.stream().map(StoredRelease::releaseId).toList()));
            ps.executeUpdate();
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

    /**
     * Has the statement planned at every execution. A statement the driver has prepared on the server keeps
     * the plan made at that time for every later use on the pooled connection; made while the tables were
     * still small, such a plan can scan a whole table ever after. A batch runs each of these statements once,
     * so planning them anew costs nothing that matters.
     */
    static void planEachTime(PreparedStatement statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }

    static Array textArray(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }
}
