package org.opencompras.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.opencompras.common.jdbc.Jdbc;

/**
 * Reads the changes feed from {@code change_event}. Each event is served with the content it made current:
 * the copy of the release it stored (found among the replaced copies when a later one superseded it), or the
 * compiled hash the process had then. Sequence order is commit order (see the ingest's ChangeLog), so a reader
 * that resumes after the last sequence number it saw never misses an event committed later.
 */
@ApplicationScoped
public class ChangeService {

    // The release copy an event stored: the current one, or the one a later replacement set aside (copies of a
    // release never repeat a hash, see ReleaseTable.supersededCopies). Events from before hashes were kept in
    // change_event have none; they are served with the current copy. A release or process that is no longer
    // stored has no content, and is served as a tombstone.
    private static final String PAGE = """
            select e.seq, e.kind, e.ocid, e.release_id, e.previous_hash,
                   coalesce(e.content_hash, r.content_hash, p.compiled_hash), c.text, c.date, c.date_text,
                   p.ocid is not null
            from change_event e
            left join release r on e.release_id is not null and r.ocid = e.ocid and r.release_id = e.release_id
            left join lateral (
                select r.data::text as text, r.release_date as date, null as date_text
                where r.content_hash = coalesce(e.content_hash, r.content_hash)
                union all
                select x.previous_data::text, null, x.previous_data->>'date'
                from release_replacement x
                where r.content_hash is distinct from e.content_hash
                  and x.ocid = e.ocid and x.release_id = e.release_id and x.previous_hash = e.content_hash
                limit 1) c on e.release_id is not null
            left join process p on e.kind = 'process_compiled' and p.ocid = e.ocid
            where e.seq >= ?
            order by e.seq
            limit ?""";

    private static final String HEAD = "select at from change_event order by seq desc limit 1";

    @Inject
    DataSource dataSource;

    /** Up to {@code limit} events from sequence number {@code fromSeq} on, in order. */
    public List<Event> events(long fromSeq, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(PAGE)) {
            // A generic plan does not know how few rows are asked for, and reads them in parallel (ten times slower).
            Jdbc.planEachTime(ps);
            ps.setLong(1, fromSeq);
            ps.setInt(2, limit);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime date = rs.getObject(8, OffsetDateTime.class);
                    if (date == null && rs.getString(9) != null) {
                        date = OffsetDateTime.parse(rs.getString(9));
                    }
                    events.add(new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), date, rs.getBoolean(10)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the changes feed", e);
        }
    }

    /** When the latest change was written, if any. */
    public Optional<OffsetDateTime> latestChange() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(HEAD);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getObject(1, OffsetDateTime.class)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the changes feed", e);
        }
    }

    /**
     * One change event with its content.
     *
     * @param kind           release_added, release_replaced or process_compiled
     * @param previousHash   for a replacement, the hash of the copy set aside
     * @param hash           the hash of the release copy stored, or the process's compiled hash
     * @param releaseJson    the release copy as published; null for a process, or a release no longer stored
     * @param releaseDate    that copy's date
     * @param processStored  for a process, whether it is still stored
     */
    public record Event(long seq, String kind, String ocid, String releaseId, String previousHash, String hash,
                        String releaseJson, OffsetDateTime releaseDate, boolean processStored) {
    }
}
