package org.opencompras.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.opencompras.common.jdbc.Jdbc;

/**
 * Writes a batch's entries of {@code change_event}, the log the changes feed is read from.
 *
 * <p>A reader resumes after the last sequence number it saw, so no event may become visible after one with a
 * higher number. Sequence numbers are taken when rows are inserted and transactions commit in any order, so
 * events are written as the last statement of the batch's transaction while holding one global lock, which is
 * released only once the commit is visible: the next batch takes its numbers after this one has committed, and
 * sequence order is commit order. Only the short tail of each batch is serialised; batches that change nothing
 * take no lock.
 */
final class ChangeLog {

    /** The global lock, in the two-int advisory key space, which never meets the per-process bigint keys. */
    private static final int LOCK_CLASS = 0x4f43; // "OC"
    private static final int LOCK_ID = 1;

    private ChangeLog() {
    }

    /** One change: a release stored or replaced, or a process whose compiled release changed. */
    record Event(String kind, String ocid, String releaseId, String hash, String previousHash) {

        static Event added(StoredRelease release) {
            return new Event("release_added", release.ocid(), release.releaseId(), release.hash(), null);
        }

        static Event replaced(StoredRelease release, String previousHash) {
            return new Event("release_replaced", release.ocid(), release.releaseId(), release.hash(), previousHash);
        }

        static Event compiled(String ocid, String compiledHash) {
            return new Event("process_compiled", ocid, null, compiledHash, null);
        }
    }

    /** Appends the events in their list order; must be the transaction's last write. */
    static void append(Connection c, long runId, List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, LOCK_ID);
            lock.executeQuery().close();
        }
        // clock_timestamp(), not now(): the time of writing under the lock, so times follow sequence order.
        String sql = """
                insert into change_event (kind, ocid, release_id, content_hash, previous_hash, ingest_run_id, at)
                select k.kind, k.ocid, k.release_id, k.hash, k.previous_hash, ?, clock_timestamp()
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                  with ordinality as k(kind, ocid, release_id, hash, previous_hash, n)
                order by k.n""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            ps.setArray(2, Jdbc.textArray(c, events.stream().map(Event::kind).toList()));
            ps.setArray(3, Jdbc.textArray(c, events.stream().map(Event::ocid).toList()));
            ps.setArray(4, Jdbc.textArray(c, events.stream().map(Event::releaseId).toList()));
            ps.setArray(5, Jdbc.textArray(c, events.stream().map(Event::hash).toList()));
            ps.setArray(6, Jdbc.textArray(c, events.stream().map(Event::previousHash).toList()));
            ps.executeUpdate();
        }
    }
}
