package org.opencompras.prices;

import java.math.BigDecimal;
import org.opencompras.common.api.Sql;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;

/**
 * The one statement that answers a price comparison: the purchases (priced items of awards) that the filters
 * select, read once, and from them each class's prices, each buyer's and supplier's, and the flagged purchases.
 * Rows come as a union told apart by {@code kind}.
 *
 * <p>Only award items count: a contract's items repeat its award's, so counting both would count a purchase twice;
 * and a tender's items are estimates, not prices paid. Awards that were cancelled or unsuccessful are left out unless
 * a {@code status} filter asks for them.
 */
final class PriceQuery {

    static final String CLASS = "class";
    static final String BUYER = "buyer";
    static final String SUPPLIER = "supplier";
    static final String FLAG = "flag";

    // The purchases come precomputed (price_purchase in the migrations): each unit name already read as a
    // comparable unit, the price converted to it, and the columns the shared filters test copied beside it.
    private static final String PRICED = """
            select u.item_key, u.ocid, u.award_id, u.item_id, u.scheme, u.class_id, u.class_description, u.quantity,
                   u.unit_name, u.unit_amount, u.currency, u.unit, u.price, u.buyer_id, u.supplier_ids
            from price_purchase u""";

    /** The award columns of a purchase's flat copy, under the names the shared filters give them ({@code a.}). */
    private static final String AWARD_COLUMNS = "u.ocid, u.award_id, u.award_status as status, u.award_date, "
            + "u.award_value_amount as value_amount, u.award_value_currency as value_currency";
    /** Its process columns, likewise ({@code p.}). */
    private static final String PROCESS_COLUMNS = "u.ocid, u.buyer_id, u.source_id, u.procurement_method, "
            + "u.procurement_method_details, u.emergency, u.main_procurement_category, u.first_release_date";

    private static final String GROUPS = """
            , class_prices as (
                select scheme, class_id, currency, unit, count(*) as n, min(price) as min,
                       percentile_disc(0.25) within group (order by price) as p25,
                       percentile_disc(0.5) within group (order by price) as lo,
                       percentile_disc(0.5) within group (order by price desc) as hi,
                       percentile_disc(0.75) within group (order by price) as p75, max(price) as max,
                       mode() within group (order by class_description) as description,
                       array_agg(distinct unit_name) filter (where unit_name is not null) as unit_names
                from purchase group by scheme, class_id, currency, unit),
            buyer_prices as (
                select scheme, class_id, currency, unit, buyer_id as organization_id, count(*) as n, min(price) as min,
                       percentile_disc(0.5) within group (order by price) as lo,
                       percentile_disc(0.5) within group (order by price desc) as hi, max(price) as max
                from purchase where unit is not null and buyer_id is not null
                group by scheme, class_id, currency, unit, buyer_id),
            supplier_prices as (
                select u.scheme, u.class_id, u.currency, u.unit, s.organization_id, count(*) as n, min(u.price) as min,
                       percentile_disc(0.5) within group (order by u.price) as lo,
                       percentile_disc(0.5) within group (order by u.price desc) as hi, max(u.price) as max
                from purchase u cross join unnest(u.supplier_ids) s(organization_id)
                where u.unit is not null and %s
                group by u.scheme, u.class_id, u.currency, u.unit, s.organization_id),
            flagged as (
                select u.*, row_number() over w as rank, count(*) over (partition by u.scheme, u.class_id,
                       u.currency, u.unit) as n
                from purchase u
                join class_prices c on c.scheme = u.scheme and c.class_id = u.class_id and c.currency = u.currency
                     and c.unit = u.unit
                where 2 * u.price > ? * (c.lo + c.hi)
                window w as (partition by u.scheme, u.class_id, u.currency, u.unit
                             order by u.price desc, u.ocid, u.award_id, u.item_key))
            """;

    private static final String ROWS = """
            select 'class' as kind, c.scheme, c.class_id, c.currency, c.unit, null as org_key, null as org_name, c.n,
                   c.min, c.p25, c.lo, c.hi, c.p75, c.max, c.description, c.unit_names, null as ocid, null as award_id,
                   null as item_id, null::numeric as quantity, null as unit_name, null::numeric as unit_amount,
                   null::numeric as price, null::text[] as supplier_keys, null::text[] as supplier_names
            from class_prices c
            union all
            select 'buyer', b.scheme, b.class_id, b.currency, b.unit, o.identity_key, o.name, b.n, b.min, null, b.lo,
                   b.hi, null, b.max, null, null, null, null, null, null, null, null, null, null, null
            from buyer_prices b join organization o on o.id = b.organization_id
            union all
            select 'supplier', b.scheme, b.class_id, b.currency, b.unit, o.identity_key, o.name, b.n, b.min, null, b.lo,
                   b.hi, null, b.max, null, null, null, null, null, null, null, null, null, null, null
            from supplier_prices b join organization o on o.id = b.organization_id
            union all
            select 'flag', f.scheme, f.class_id, f.currency, f.unit, o.identity_key, o.name, f.n, null, null, null,
                   null, null, null, null, null, f.ocid, f.award_id, f.item_id, f.quantity, f.unit_name, f.unit_amount,
                   f.price, s.keys, s.names
            from flagged f
            left join organization o on o.id = f.buyer_id
            left join lateral (
                select array_agg(so.identity_key order by so.identity_key) as keys,
                       array_agg(so.name order by so.identity_key) as names
                from unnest(f.supplier_ids) w(organization_id) join organization so on so.id = w.organization_id
                ) s on true
            where f.rank <= greatest(?, 1)""";

    private PriceQuery() {
    }

    /**
     * @param filter         the shared filters, the classification prefix and the search among them
     * @param supplierId     only the purchases from this supplier's awards, with no supplier summaries; or null
     * @param multiple       purchases above this multiple of their class's median are flagged
     * @param flaggedLimit   how many flagged purchases of each class to list
     */
    static Sql of(ProcurementFilter filter, Long supplierId, BigDecimal multiple, int flaggedLimit) {
        Sql sql = new Sql().append("with purchase as materialized (").append(PRICED);
        if (filter.q() == null) {
            sql.append(" cross join lateral (select " + PROCESS_COLUMNS + ") p");
        } else {
            // The process search finds the processes by index; the item's own words then pick its items. The
            // other process filters still read the copy, whose indexes can answer them.
            sql.append(" join process ps on ps.ocid = u.ocid join item i on i.id = u.item_key"
                    + " cross join lateral (select " + PROCESS_COLUMNS + ", ps.search) p");
        }
        sql.append(" cross join lateral (select " + AWARD_COLUMNS + ") a");
        Conditions where = new Conditions();
        // The classification prefix, the item's own words and the currency of its price are matched on each item;
        // the other filters on its award and process, by the award list's conditions.
        if (filter.classification() != null) {
            where.add("u.class_id like ?", likePrefix(filter.classification()));
        }
        if (filter.q() != null) {
            where.add("to_tsvector('es_unaccent', coalesce(i.description, '') || ' ' || "
                    + "coalesce(i.classification_description, '')) @@ websearch_to_tsquery('es_unaccent', ?)", filter.q());
        }
        if (filter.currency() != null) {
            where.add("u.currency = ?", filter.currency());
        }
        if (supplierId != null) {
            where.add("u.supplier_ids @> array[?::bigint]", supplierId);
        }
        if (filter.statuses().isEmpty()) {
            where.add("(a.status is null or a.status not in ('cancelled', 'unsuccessful'))");
        }
        Sql shared = filter.withoutItemFilters().where(FilterTarget.AWARD, "u.supplier_ids");
        if (!shared.isEmpty()) {
            where.add(shared);
        }
        sql.append(where.sql()).append(")");
        sql.append(GROUPS.formatted(supplierId == null ? "true" : "false"), multiple);
        sql.append(ROWS, flaggedLimit);
        return sql;
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Conditions of a where clause, each after {@code where} or {@code and}. */
    private static final class Conditions {
        private final Sql sql = new Sql();

        void add(String condition, Object... values) {
            add(new Sql().append(condition, values));
        }

        void add(Sql condition) {
            sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
        }

        Sql sql() {
            return sql;
        }
    }
}
