package org.opencompras.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Json;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.parties.CurrencyTotal;

/**
 * The SQL of a breakdown: the matching contracts grouped by one dimension, each group counted and summed per
 * currency in one pass over the grouped rows, read page by page like the lists.
 */
final class BreakdownQuery {

    static final List<String> SORTS = List.of("-contracts", "-amount");

    private static final TypeReference<List<CurrencyTotal>> VALUES = new TypeReference<>() {
    };

    // One pass over the grouped rows per currency gives the counts, the sums and their rollup; the distinct
    // counterparts are counted on rows deduplicated by hashing. A group's key may be null (no buyer, no classified
    // item): the joins match null with null and stay hashable.
    private static final String TOTALS = """
            , kc as (select key, value_currency as currency, count(*) as n, count(value_amount) as valued,
                            sum(value_amount) as amount
                     from m group by 1, 2),
            t as (select key, sum(n) as contracts, sum(n - valued) as without_value, sum(amount) as amount,
                         coalesce(json_agg(json_build_object('currency', currency, 'amount', amount, 'count', valued)
                                           order by currency nulls last) filter (where valued > 0), '[]'::json)::text as vals
                  from kc group by key)""";
    private static final String BUYERS = """
            , kb as (select key, count(*) as buyers
                     from (select key, buyer_id from m where buyer_id is not null group by 1, 2) x group by key)""";
    private static final String SUPPLIERS = """
            , ks as (select key, count(*) as suppliers
                     from (select key, s from m cross join unnest(m.supplier_ids) s group by 1, 2) x group by key)""";

    private BreakdownQuery() {
    }

    private static String sameKey(String alias) {
        return "(" + alias + ".key is null) = (t.key is null) and coalesce(" + alias + ".key, '') = coalesce(t.key, '')";
    }

    static SortOrder order(Dimension dimension, String sort) {
        SortKey tiebreaker = SortKey.of(dimension.sortKey(), "text");
        return sort.equals("-amount")
                ? SortOrder.descending("-amount", SortKey.nullable("g.amount", "numeric"), tiebreaker)
                : SortOrder.descending("-contracts", SortKey.of("g.contracts", "bigint"), tiebreaker);
    }

    static KeysetQuery query(Dimension dimension, StatsFilter filter) {
        Sql from = new Sql().append("(");
        if (filter.precomputed()) {
            // The precomputed groups; until they are computed, the same query as with other filters.
            from.append("select key, contracts, without_value, amount, vals, buyers, suppliers from stats_breakdown "
                    + "where dimension = ? and filter_currency = ? and " + StatsPrecomputed.READY + " union all ",
                    dimension.parameter, filter.filterCurrency(), dimension.parameter)
                    .append("select * from (").append(grouped(dimension, filter)).append(") live where not "
                            + StatsPrecomputed.READY, dimension.parameter);
        } else {
            from.append(grouped(dimension, filter));
        }
        from.append(") g").append(dimension.nameJoin());
        String select = dimension.idColumn() + " as group_id, " + dimension.nameColumn() + " as group_name, "
                + "g.contracts, g.buyers, g.suppliers, g.without_value, g.vals";
        return new KeysetQuery(select, from, new Sql());
    }

    /**
     * Every group of the matching contracts: {@code key, contracts, without_value, amount, vals, buyers,
     * suppliers}.
     */
    static Sql grouped(Dimension dimension, StatsFilter filter) {
        // A buyer's own buyers, or a supplier's own suppliers, are not counted: they are itself.
        boolean buyers = dimension != Dimension.BUYER;
        boolean suppliers = dimension != Dimension.SUPPLIER;
        return new Sql().append(dimension.groupedContracts(filter)).append(TOTALS)
                .append(buyers ? BUYERS : "").append(suppliers ? SUPPLIERS : "")
                .append(" select t.key, t.contracts, t.without_value, t.amount, t.vals, "
                        + (buyers ? "coalesce(kb.buyers, 0)" : "null::bigint") + " as buyers, "
                        + (suppliers ? "coalesce(ks.suppliers, 0)" : "null::bigint") + " as suppliers from t"
                        + (buyers ? " left join kb on " + sameKey("kb") : "")
                        + (suppliers ? " left join ks on " + sameKey("ks") : ""));
    }

    static GroupRow row(ResultSet rs) throws SQLException {
        return new GroupRow(rs.getString("group_id"), rs.getString("group_name"), rs.getLong("contracts"),
                count(rs, "buyers"), count(rs, "suppliers"), rs.getLong("without_value"), values(rs.getString("vals")));
    }

    static GroupRow organizationRow(ResultSet rs) throws SQLException {
        GroupRow row = row(rs);
        return row.id() == null ? row : new GroupRow(OrganizationRef.id(row.id()), row.name(), row.contracts(),
                row.buyers(), row.suppliers(), row.withoutValue(), row.values());
    }

    private static Long count(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static List<CurrencyTotal> values(String json) {
        try {
            return Json.mapper().readValue(json, VALUES);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable JSON from the database: " + json, e);
        }
    }
}
