package org.opencompras.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
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

    // A group's key may be null (no buyer, no classified item): the joins match null with null and stay hashable.
    private static final String AGGREGATE = """
            , t as (select key, count(*) as contracts, count(distinct ocid) as processes,
                           count(distinct buyer_id) as buyers, count(*) - count(value_amount) as without_value,
                           sum(value_amount) as amount
                    from m group by key),
            s as (select m.key, count(distinct w.organization_id) as suppliers
                  from m join award_supplier w on w.ocid = m.ocid and w.award_id = m.award_id group by m.key),
            v as (select key, json_agg(json_build_object('currency', currency, 'amount', amount, 'count', n)
                                       order by currency nulls last) as vals
                  from (select key, value_currency as currency, sum(value_amount) as amount, count(*) as n
                        from m where value_amount is not null group by 1, 2) x
                  group by key)
            select t.key, t.contracts, t.processes, t.buyers, coalesce(s.suppliers, 0) as suppliers, t.without_value,
                   t.amount, coalesce(v.vals, '[]'::json)::text as vals
            from t
            left join s on (s.key is null) = (t.key is null) and coalesce(s.key, '') = coalesce(t.key, '')
            left join v on (v.key is null) = (t.key is null) and coalesce(v.key, '') = coalesce(t.key, '')""";

    private BreakdownQuery() {
    }

    static SortOrder order(Dimension dimension, String sort) {
        SortKey tiebreaker = SortKey.of(dimension.sortKey(), "text");
        return sort.equals("-amount")
                ? SortOrder.descending("-amount", SortKey.nullable("g.amount", "numeric"), tiebreaker)
                : SortOrder.descending("-contracts", SortKey.of("g.contracts", "bigint"), tiebreaker);
    }

    static KeysetQuery query(Dimension dimension, StatsFilter filter) {
        Sql from = new Sql().append("(").append(dimension.groupedContracts(filter)).append(AGGREGATE)
                .append(") g").append(dimension.nameJoin());
        String select = dimension.idColumn() + " as group_id, " + dimension.nameColumn() + " as group_name, "
                + "g.contracts, g.processes, g.buyers, g.suppliers, g.without_value, g.vals";
        return new KeysetQuery(select, from, new Sql());
    }

    static GroupRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String id = rs.getString("group_id");
        return new GroupRow(id, rs.getString("group_name"), rs.getLong("contracts"), rs.getLong("processes"),
                rs.getLong("buyers"), rs.getLong("suppliers"), rs.getLong("without_value"), values(rs.getString("vals")));
    }

    static GroupRow organizationRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        GroupRow row = row(rs);
        return row.id() == null ? row : new GroupRow(OrganizationRef.id(row.id()), row.name(), row.contracts(),
                row.processes(), row.buyers(), row.suppliers(), row.withoutValue(), row.values());
    }

    static List<CurrencyTotal> values(String json) {
        try {
            return Json.mapper().readValue(json, VALUES);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable JSON from the database: " + json, e);
        }
    }
}
