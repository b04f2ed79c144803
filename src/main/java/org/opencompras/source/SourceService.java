package org.opencompras.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.opencompras.common.json.Timestamps;

/** Reads what each source holds and how its harvest stands, for {@code GET /api/v1/sources}. */
@ApplicationScoped
public class SourceService {

    static final int LISTED_FAILURES = 100;

    private static final String SOURCES = """
            select s.id, s.name, s.publisher_name,
                   coalesce(r.releases, 0), coalesce(p.processes, 0), r.newest,
                   u.last_success, coalesce(u.total, 0), coalesce(u.loaded, 0), coalesce(u.failed, 0)
            from source s
            left join (select source_id, count(*) as releases, max(release_date) as newest
                       from release group by source_id) r on r.source_id = s.id
            left join (select source_id, count(*) as processes from process group by source_id) p on p.source_id = s.id
            left join (select source_id, max(last_success_at) as last_success, count(*) as total,
                              count(*) filter (where status = 'loaded') as loaded,
                              count(*) filter (where status = 'failed') as failed
                       from harvest_unit group by source_id) u on u.source_id = s.id
            order by s.name""";

    private static final String FAILING = """
            select source_id, unit_key, url, last_error, http_status, attempts, last_attempt_at
            from (select *, row_number() over (partition by source_id order by last_attempt_at desc, unit_key) as n
                  from harvest_unit where status = 'failed') f
            where n <= ?
            order by source_id, n""";

    @Inject
    DataSource dataSource;

    public List<SourceView> sources() {
        try (Connection c = dataSource.getConnection()) {
            Map<Integer, List<SourceView.FailingUnit>> failing = failing(c);
            List<SourceView> sources = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SOURCES); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sources.add(new SourceView(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                            instant(rs, 6), instant(rs, 7),
                            new SourceView.UnitCounts(rs.getLong(8), rs.getLong(9), rs.getLong(10)),
                            failing.getOrDefault(rs.getInt(1), List.of())));
                }
            }
            return sources;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sources", e);
        }
    }

    private static Map<Integer, List<SourceView.FailingUnit>> failing(Connection c) throws SQLException {
        Map<Integer, List<SourceView.FailingUnit>> failing = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(FAILING)) {
            ps.setInt(1, LISTED_FAILURES);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer status = rs.getObject(5) == null ? null : rs.getInt(5);
                    failing.computeIfAbsent(rs.getInt(1), id -> new ArrayList<>()).add(new SourceView.FailingUnit(
                            rs.getString(2), rs.getString(3), rs.getString(4), status, rs.getInt(6),
                            instant(rs, 7)));
                }
            }
        }
        return failing;
    }

    private static String instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : Timestamps.rfc3339(value);
    }
}
