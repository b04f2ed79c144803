package org.opencompras.ingest;

import static org.opencompras.common.jdbc.Jdbc.planEachTime;
import static org.opencompras.common.jdbc.Jdbc.textArray;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencompras.ingest.StoredRelease.ReleaseKey;

/**
 * The SQL on the {@code release} table and its history: what is stored, new copies, replaced copies. The
 * change events of what it writes are the caller's to append (see {@link ChangeLog}).
 */
final class ReleaseTable {

    private ReleaseTable() {
    }

    static Map<ReleaseKey, String> storedHashes(Connection c, List<StoredRelease> batch) throws SQLException {
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
    static Set<ReleaseKey> supersededCopies(Connection c, List<StoredRelease> batch, Set<ReleaseKey> changed)
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

    static void insert(Connection c, int sourceId, long runId, List<StoredRelease> releases)
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
    }

    static void replace(Connection c, int sourceId, long runId, List<StoredRelease> releases)
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
    }
}
