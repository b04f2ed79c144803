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
 * The spend per category, in one set-based pass over the precomputed per-process totals of {@code process_category},
 * filtered like processes: one row per category and currency, optionally per period of the processes' first
 * publication, added up per category here.
 */
public final class CategoryQueries {

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
        String row = rowAlias(filter);
        Sql sql = new Sql().append("select " + period + " as period, " + row + ".category, " + row + ".currency, "
                + "sum(" + row + ".items), sum(" + row + ".valued_items), sum(" + row + ".amount), "
                + "count(*) filter (where " + row + ".first_of_category) from ").append(from(filter));
        if (!where.isEmpty()) {
            sql.append(" where ").append(where);
        }
        sql.append(" group by 1, 2, 3 order by 1, 2, 3 nulls last");
        Map<String, Map<String, Builder>> builders = new LinkedHashMap<>();
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime start = rs.getObject(1, OffsetDateTime.class);
                String key = start == null ? "" : Timestamps.rfc3339(start);
                Builder builder = builders.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(2), Builder::new);
                // Each process is first in its category on one currency row only: the sum counts it once.
                builder.items += rs.getLong(4);
                builder.processes += rs.getLong(7);
                if (rs.getLong(5) > 0) {
                    builder.values.add(new CurrencyValue(rs.getString(3), rs.getBigDecimal(6), rs.getLong(5)));
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

    /**
     * The rows to add up, as {@code p} for the shared filters: {@code process_category} carries the process columns
     * they read, except the search document, for which it is joined to {@code process} (its rows then {@code c}).
     */
    public static Sql from(ProcurementFilter filter) {
        return new Sql().append(filter.q() == null ? "process_category p"
                : "process_category c join process p on p.ocid = c.ocid");
    }

    /** The alias of the {@code process_category} rows in {@link #from}. */
    public static String rowAlias(ProcurementFilter filter) {
        return filter.q() == null ? "p" : "c";
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
