package org.opencompras.emergency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencompras.categories.CategoryQueries;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Timestamps;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.filter.ProcurementFilter;

/**
 * Counts procedures, emergency and direct ones, per group and period in one grouped pass over the filtered
 * processes, keeping the {@code limit} groups with most procedures.
 */
final class ShareQueries {

    /** What procedures are grouped by. */
    enum By {
        ALL("all", "null::text"),
        BUYER("buyer", "p.buyer_id::text"),
        MAIN_PROCUREMENT_CATEGORY("mainProcurementCategory", "p.main_procurement_category"),
        COVID_CATEGORY("covidCategory", null);

        final String parameter;
        final String group;

        By(String parameter, String group) {
            this.parameter = parameter;
            this.group = group;
        }
    }

    private ShareQueries() {
    }

    /**
     * @param interval week, month or year; null for totals only
     * @param names    the names of the category codes, for by=covidCategory
     */
    static List<EmergencyShares.Group> groups(Connection c, ProcurementFilter filter, By by, String interval, int limit,
                                             Map<String, String> names) throws SQLException {
        String period = interval == null ? "null::timestamptz"
                : "date_trunc('" + interval + "', p.first_release_date, 'UTC')";
        Sql where = filter.where(FilterTarget.PROCESS);
        Sql conditions = new Sql();
        Sql from = new Sql().append("process p");
        String groupBy = by.group;
        if (by == By.COVID_CATEGORY) {
            // A process counts once in each category of its counted items: the first row of each.
            String row = CategoryQueries.rowAlias(filter);
            groupBy = row + ".category";
            from = CategoryQueries.from(filter);
            conditions.append(row + ".first_of_category");
        }
        Sql sql = new Sql().append("with counted as (select " + groupBy + " as grp, " + period + " as period, "
                + "count(*) as n, count(*) filter (where p.emergency) as e, "
                + "count(*) filter (where p.procurement_method = 'direct') as d from ").append(from);
        if (!where.isEmpty()) {
            conditions.append(conditions.isEmpty() ? "" : " and ").append(where);
        }
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(conditions);
        }
        // One grouping level, hashed; a group's total is the sum of its periods (a process is in one period).
        sql.append(" group by 1, 2), "
                + "top as (select grp, sum(n) as n, sum(e) as e, sum(d) as d from counted group by grp "
                + "order by sum(n) desc, grp nulls last limit ?), "
                + "rows as (select grp, null::timestamptz as period, n, e, d, true as whole from top "
                + "union all select k.grp, k.period, k.n, k.e, k.d, false from counted k "
                + "join top t on k.grp is not distinct from t.grp where k.period is not null) "
                + "select t.grp, o.identity_key, o.name, k.period, k.n, k.e, k.d, k.whole from top t "
                + "join rows k on k.grp is not distinct from t.grp ", limit);
        sql.append(by == By.BUYER ? "left join organization o on o.id = t.grp::bigint "
                : "left join (select null::text as identity_key, null::text as name) o on true ");
        sql.append("order by t.n desc, t.grp nulls last, k.whole desc, k.period");
        Map<String, Builder> groups = new LinkedHashMap<>();
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String grp = rs.getString(1);
                Builder group = groups.computeIfAbsent(Objects.toString(grp, "\0"), k -> new Builder(
                        key(by, grp, rs), name(by, grp, names, rs)));
                Shares shares = Shares.of(rs.getLong(5), rs.getLong(6), rs.getLong(7));
                if (rs.getBoolean(8)) {
                    group.total = shares;
                } else {
                    OffsetDateTime start = rs.getObject(4, OffsetDateTime.class);
                    if (start != null) {
                        group.periods.add(new EmergencyShares.Period(Timestamps.rfc3339(start), shares));
                    }
                }
            }
        }
        return groups.values().stream().map(Builder::build).toList();
    }

    private static String key(By by, String grp, ResultSet rs) {
        try {
            return by == By.BUYER ? (rs.getString(2) == null ? null : OrganizationRef.id(rs.getString(2))) : grp;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(By by, String grp, Map<String, String> names, ResultSet rs) {
        try {
            return switch (by) {
                case BUYER -> rs.getString(3);
                case COVID_CATEGORY -> names.get(grp);
                default -> null;
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Builder {
        private final String key;
        private final String name;
        private Shares total;
        private final List<EmergencyShares.Period> periods = new ArrayList<>();

        Builder(String key, String name) {
            this.key = key;
            this.name = name;
        }

        EmergencyShares.Group build() {
            return new EmergencyShares.Group(key, name, total, List.copyOf(periods));
        }
    }
}
