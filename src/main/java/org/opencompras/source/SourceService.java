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
import org.opencompras.common.api.AnswerCache;
import org.opencompras.common.api.DataVersion;
import org.opencompras.common.json.Timestamps;

/** Reads what each source holds and how its harvest stands, for {@code GET /api/v1/sources}. */
@ApplicationScoped
public class SourceService {

    static final int LISTED_FAILURES = 100;

    /** What is stored from each source: it moves only with the data, so it is read once per data version. */
    private static final String STORED = """
            select s.id, coalesce(r.releases, 0), coalesce(p.processes, 0), r.newest
            from source s
            left join (select source_id, count(*) as releases, max(release_date) as newest
                       from release group by source_id) r on r.source_id = s.id
            left join (select source_id, count(*) as processes from process group by source_id) p on p.source_id = s.id""";

    /** How each source's harvest stands: it moves with every harvest, found data or not, so it is read each time. */
    private static final String HARVESTS = """
            select s.id, s.name, s.publisher_name,
                   u.last_success, coalesce(u.total, 0), coalesce(u.loaded, 0), coalesce(u.failed, 0)
            from source s
            left join (select source_id, max(last_success_at) as last_success, count(*) as total,
                              count(*) filter (where status = 'loaded') as loaded,
                              count(*) filter (where status = 'failed') as failed
                       from harvest_unit group by source_id) u on u.source_id = s.id
            order by s.name""";

    private record Stored(long releases, long processes, String newest) {
        static final Stored NOTHING = new Stored(0, 0, null);
    }

    private static final String FAILING = """
            select source_id, unit_key, url, last_error, http_status, attempts, last_attempt_at
            from (select *, row_number() over (partition by source_id order by last_attempt_at desc, unit_key) as n
                  from harvest_unit where status = 'failed') f
            where n <= ?
            order by source_id, n""";

    @Inject
    DataSource dataSource;

    @Inject
    AnswerCache answers;

    public List<SourceView> sources(DataVersion.Version version) {
        Map<Integer, Stored> stored = answers.get(version, "sources", this::stored);
        try (Connection c = dataSource.getConnection()) {
            Map<Integer, List<SourceView.FailingUnit>> failing = failing(c);
            List<SourceView> sources = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(HARVESTS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Stored data = stored.getOrDefault(rs.getInt(1), Stored.NOTHING);
                    sources.add(new SourceView(rs.getString(2), rs.getString(3), data.releases(), data.processes(),
                            data.newest(), instant(rs, 4),
                            new SourceView.UnitCounts(rs.getLong(5), rs.getLong(6), rs.getLong(7)),
                            failing.getOrDefault(rs.getInt(1), List.of())));
                }
            }
            return sources;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sources", e);
        }
    }

    private Map<Integer, Stored> stored() throws SQLException {
        Map<Integer, Stored> stored = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(STORED);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getInt(1), new Stored(rs.getLong(2), rs.getLong(3), instant(rs, 4)));
            }
        }
        return stored;
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
