package org.opencompras.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads what makes up an OCDS record: a process's releases, as stored, and its compiled release. */
@ApplicationScoped
public class RecordService {

    // One statement, so the releases and the compiled release come from the same snapshot even while an
    // ingest commits; json_agg of json values keeps each release's text as stored. The licence is given
    // only when every release came from sources stating the same one.
    private static final String SQL = """
            select p.compiled::text, p.compiled_at,
                   (select json_agg(r.data order by r.release_date, r.release_id) from release r where r.ocid = p.ocid)::text,
                   (select case when count(*) = count(s.license) and count(distinct s.license) = 1 then max(s.license) end
                    from release r join source s on s.id = r.source_id where r.ocid = p.ocid)
            from process p where p.ocid = ?""";

    @Inject
    DataSource dataSource;

    /** The record of one process, or empty when no release of that ocid is stored. */
    public Optional<StoredRecord> find(String ocid) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, ocid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRecord(ocid, rs.getString(3), rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the record of " + ocid, e);
        }
    }

    /**
     * A record's parts as JSON text, exactly as stored.
     *
     * @param releases        a JSON array of the releases, ordered by date
     * @param compiledRelease the compiled release
     * @param compiledAt      when the process was last compiled
     * @param license         the licence all its releases were published under, or null if unknown or mixed
     */
    public record StoredRecord(String ocid, String releases, String compiledRelease, OffsetDateTime compiledAt,
                               String license) {
    }
}
