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
        COVID_CATEGORY("covidCategory", "pc.category");

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
        Sql sql = new Sql().append("with counted as (select grp, period, grouping(period) = 1 as whole, "
                + "count(*) as n, count(*) filter (where emergency) as e, count(*) filter (where is_direct) as d "
                + "from (select " + by.group + " as grp, " + period + " as period, p.emergency, "
                + "p.procurement_method = 'direct' as is_direct from process p");
        if (by == By.COVID_CATEGORY) {
            // A process counts once in each category of its counted items.
            sql.append(" join (select distinct ocid, category from process_category) pc on pc.ocid = p.ocid");
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(where);
        }
        sql.append(") x group by grouping sets ((grp), (grp, period))), "
                + "top as (select grp, n from counted where whole order by n desc, grp nulls last limit ?) "
                + "select t.grp, o.identity_key, o.name, k.period, k.n, k.e, k.d, k.whole from top t "
                + "join counted k on k.grp is not distinct from t.grp ", limit);
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
