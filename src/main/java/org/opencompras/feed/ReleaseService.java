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

/** Reads stored releases, each with its text exactly as published, in (release_date, id) order. */
@ApplicationScoped
public class ReleaseService {

    // data::text of a json column is the text as stored, byte for byte.
    private static final String COLUMNS = """
            select r.id, r.release_date, r.data::text, r.updated_at, s.license
            from release r join source s on s.id = r.source_id""";

    @Inject
    DataSource dataSource;

    /**
     * Up to {@code limit} releases matching the filter, after the cursor when one is given. Keyset pagination:
     * each page is an index range scan, however deep into the listing it is.
     */
    public List<StoredRelease> page(ReleaseFilter filter, ReleaseCursor after, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.since() != null) {
            conditions.add("r.release_date >= ?");
            values.add(filter.since());
        }
        if (filter.ocid() != null) {
            conditions.add("r.ocid = ?");
            values.add(filter.ocid());
        }
        if (after != null) {
            conditions.add("(r.release_date, r.id) > (?, ?)");
            values.add(after.date());
            values.add(after.id());
        }
        String sql = COLUMNS + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by r.release_date, r.id limit ?";
        values.add(limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.planEachTime(ps);
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            return read(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read releases", e);
        }
    }

    /** The release with this id in this process. */
    public Optional<StoredRelease> find(String ocid, String releaseId) {
        String sql = COLUMNS + " where r.ocid = ? and r.release_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ocid);
            ps.setString(2, releaseId);
            return read(ps).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read release " + releaseId + " of " + ocid, e);
        }
    }

    private static List<StoredRelease> read(PreparedStatement ps) throws SQLException {
        List<StoredRelease> releases = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                releases.add(new StoredRelease(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5)));
            }
        }
        return releases;
    }

    /**
     * A stored release.
     *
     * @param id        its internal id, the tie-breaker of the listing's order
     * @param date      its {@code date}
     * @param json      its text as published
     * @param updatedAt when this copy was stored
     * @param license   the licence of the source it came from, or null
     */
    public record StoredRelease(long id, OffsetDateTime date, String json, OffsetDateTime updatedAt,
                                String license) {
    }
}
