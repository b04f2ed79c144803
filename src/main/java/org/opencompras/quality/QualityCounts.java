package org.opencompras.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencompras.common.api.Sql;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;

/**
 * Per source, its processes and how many of them fail each check. Filtered by the source alone (or not at all),
 * the counts stored at the last check; with any other filter, counted over the processes the filters select (as
 * {@code /processes} would list them) from the failing processes stored at the last check. Either way a share's
 * denominator is every process counted for the source, failing or not, whatever the check. The filters read the
 * processes as stored: between the end of an ingest and the end of its checks, a process it added is counted
 * without its failures.
 */
final class QualityCounts {

    private static final String STORED = """
            select s.name, q.code, q.processes
            from quality_count q
            join source s on s.id = q.source_id
            where (cast(? as text) is null or s.name = ?)
            order by s.name""";

    private static final String COUNTED = """
            select s.name, x.code, x.processes
            from (select m.source_id, null::text as code, count(*) as processes
                  from matching m
                  group by m.source_id
                  union all
                  select m.source_id, f.code, count(*)
                  from matching m
                  join quality_failure f on f.code = any(?) and f.source_id = m.source_id and f.ocid = m.ocid
                  group by m.source_id, f.code) x
            join source s on s.id = x.source_id
            order by s.name""";

    private static final List<String> CODES = Arrays.stream(QualityCheck.values()).map(QualityCheck::code).toList();

    private QualityCounts() {
    }

    /** Per source name, by name: its processes under the code null, and the failing ones per check code. */
    static Map<String, Map<String, Long>> read(Connection c, ProcurementFilter filter) throws SQLException {
        Sql where = filter.withoutSource().where(FilterTarget.PROCESS);
        if (where.isEmpty()) {
            return stored(c, filter.source());
        }
        return read(c, counted(filter.where(FilterTarget.PROCESS)));
    }

    private static Map<String, Map<String, Long>> stored(Connection c, String source) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(STORED)) {
            statement.setString(1, source);
            statement.setString(2, source);
            return read(statement);
        }
    }

    /**
     * The matching processes are read twice, each time a scan the database may run in parallel; a failure is found
     * by its whole key (check, source, ocid), so that a few matching processes are looked up, not every failure read.
     */
    private static Sql counted(Sql where) {
        return new Sql().append("with matching as not materialized (select p.ocid, p.source_id from process p where ")
                .append(where).append(")\n").append(COUNTED, CODES);
    }

    private static Map<String, Map<String, Long>> read(Connection c, Sql query) throws SQLException {
        try (PreparedStatement statement = query.prepare(c)) {
            return read(statement);
        }
    }

    private static Map<String, Map<String, Long>> read(PreparedStatement statement) throws SQLException {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
            }
        }
        return counts;
    }
}
