package org.opencompras.categories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Timestamps;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;

/**
 * The spend per category, in one set-based pass over the precomputed per-process totals of {@code process_category}
 * joined to the filtered processes: one row per category (its items and processes) and one per category and
 * currency (its values), optionally per period of the processes' first publication.
 */
final class CategoryQueries {

    private CategoryQueries() {
    }

    /** The totals of each category that has counted items, by code. */
    static Map<String, CategoryTotals> spend(Connection c, ProcurementFilter filter) throws SQLException {
        Map<String, Map<String, CategoryTotals>> byPeriod = totals(c, filter, null);
        return byPeriod.isEmpty() ? Map.of() : byPeriod.values().iterator().next();
    }

    /**
     * The totals of each category per period, periods in order.
     *
     * @param interval {@code week}, {@code month} or {@code year}
     */
    static Map<String, Map<String, CategoryTotals>> timeline(Connection c, ProcurementFilter filter, String interval)
            throws SQLException {
        return totals(c, filter, interval);
    }

    private static Map<String, Map<String, CategoryTotals>> totals(Connection c, ProcurementFilter filter,
                                                                    String interval) throws SQLException {
        String period = interval == null ? "null::timestamptz"
                : "date_trunc('" + interval + "', p.first_release_date, 'UTC')";
        Sql where = filter.where(FilterTarget.PROCESS);
        Sql sql = new Sql().append("""
                select period, category, grouping(currency) = 1 as whole, currency, sum(items), sum(valued_items),
                       sum(amount), count(distinct ocid)
                from (select %s as period, pc.*
                      from process_category pc
                      join process p on p.ocid = pc.ocid""".formatted(period));
        if (!where.isEmpty()) {
            sql.append(" where ").append(where);
        }
        sql.append(") x group by grouping sets ((period, category), (period, category, currency)) "
                + "order by period, category, whole desc, currency nulls last");
        Map<String, Map<String, Builder>> builders = new LinkedHashMap<>();
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime start = rs.getObject(1, OffsetDateTime.class);
                String key = start == null ? "" : Timestamps.rfc3339(start);
                Builder builder = builders.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(2), Builder::new);
                if (rs.getBoolean(3)) {
                    builder.items = rs.getLong(5);
                    builder.processes = rs.getLong(8);
                } else if (rs.getLong(6) > 0) {
                    builder.values.add(new CurrencyValue(rs.getString(4), rs.getBigDecimal(7), rs.getLong(6)));
                }
            }
        }
        Map<String, Map<String, CategoryTotals>> result = new LinkedHashMap<>();
        builders.forEach((key, categories) -> {
            Map<String, CategoryTotals> totals = new LinkedHashMap<>();
            categories.forEach((code, builder) -> totals.put(code, builder.build()));
            result.put(key, totals);
        });
        return result;
    }

    private static final class Builder {
        private final String code;
        private long items;
        private long processes;
        private final List<CurrencyValue> values = new ArrayList<>();

        Builder(String code) {
            this.code = code;
        }

        CategoryTotals build() {
            return new CategoryTotals(code, items, processes, List.copyOf(values));
        }
    }

    /** No totals: a category without counted items. */
    static CategoryTotals empty(String code) {
        return new CategoryTotals(code, 0, 0, List.of());
    }
}
