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
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;

/** Reads stored releases, each with its text exactly as published, in (release_date, id) order. */
@ApplicationScoped
public class ReleaseService {

    // data::text of a json column is the text as stored, byte for byte.
    private static final String SELECT = "r.id, r.release_date, r.data::text, r.updated_at, s.license";
    private static final String FROM = "release r join source s on s.id = r.source_id";
    private static final String COLUMNS = "select " + SELECT + " from " + FROM;

    /** The listing's one order: by date, then by internal id. */
    static final SortOrder ORDER = SortOrder.ascending("date",
            SortKey.of("r.release_date", "timestamptz"), SortKey.of("r.id", "bigint"));

    @Inject
    DataSource dataSource;

    /**
     * Up to {@code limit} releases matching the filter, after the position of a cursor when one is given. Keyset
     * pagination: each page is an index range scan, however deep into the listing it is.
     */
    public KeysetQuery.Page<StoredRelease> page(ReleaseFilter filter, List<String> after, int limit) {
        Sql where = new Sql();
        if (filter.since() != null) {
            where.append("r.release_date >= ?", filter.since());
        }
        if (filter.ocid() != null) {
            where.append(where.isEmpty() ? "" : " and ").append("r.ocid = ?", filter.ocid());
        }
        try (Connection c = dataSource.getConnection()) {
            return new KeysetQuery(SELECT, new Sql().append(FROM), where).page(c, ORDER, after, limit, ReleaseService::row);
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
                releases.add(row(rs));
            }
        }
        return releases;
    }

    private static StoredRelease row(ResultSet rs) throws SQLException {
        return new StoredRelease(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class), rs.getString(5));
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
