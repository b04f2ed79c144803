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

    private static final String PRICED = """
            select i.id as item_key, i.ocid, i.parent_id as award_id, i.item_id,
                   coalesce(i.classification_scheme, '') as scheme, i.classification_id as class_id,
                   i.classification_description as class_description, i.quantity, i.unit_name,
                   i.unit_value_amount as unit_amount, coalesce(i.unit_value_currency, '') as currency, p.buyer_id
            from item i
            join award a on a.ocid = i.ocid and a.award_id = i.parent_id
            join process p on p.ocid = i.ocid
            where i.scope = 'award' and i.unit_value_amount > 0 and i.classification_id is not null""";

    // Each unit name read as a comparable unit and a factor to it (see price_unit in the migrations), once per
    // distinct name; the price is converted only when the factor is not 1, and then to 10 decimals.
    private static final String PURCHASES = """
            , unit_of_name as (
                select k.unit_name,
                       coalesce(u.unit, case when price_pack_size(k.unit_key) is not null then 'unidad' end,
                                lower(k.unit_key)) as unit,
                       coalesce(u.factor, price_pack_size(k.unit_key), 1) as factor
                from (select d.unit_name, price_unit_key(d.unit_name) as unit_key
                      from (select distinct unit_name from priced) d) k
                left join price_unit u on u.unit_key = k.unit_key),
            purchase as materialized (
                select r.*, n.unit,
                       case when coalesce(n.factor, 1) = 1 then r.unit_amount
                            else trim_scale(round(r.unit_amount / n.factor, 10)) end as price
                from priced r left join unit_of_name n on n.unit_name = r.unit_name)""";

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
                from purchase u join award_supplier s on s.ocid = u.ocid and s.award_id = u.award_id
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
                from award_supplier w join organization so on so.id = w.organization_id
                where w.ocid = f.ocid and w.award_id = f.award_id) s on true
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
        Sql sql = new Sql().append("with priced as materialized (").append(PRICED);
        if (filter.classification() != null) {
            sql.append(" and i.classification_id like ?", likePrefix(filter.classification()));
        }
        if (filter.q() != null) {
            // The process search finds the processes by index; the item's own words then pick its items.
            sql.append(" and to_tsvector('es_unaccent', coalesce(i.description, '') || ' ' || "
                    + "coalesce(i.classification_description, '')) @@ websearch_to_tsquery('es_unaccent', ?)",
                    filter.q());
        }
        if (filter.currency() != null) {
            sql.append(" and i.unit_value_currency = ?", filter.currency());
        }
        if (filter.statuses().isEmpty()) {
            sql.append(" and (a.status is null or a.status not in ('cancelled', 'unsuccessful'))");
        }
        if (supplierId != null) {
            sql.append(" and exists (select 1 from award_supplier w where w.ocid = i.ocid and w.award_id = i.parent_id "
                    + "and w.organization_id = ?)", supplierId);
        }
        Sql shared = sharedPart(filter).where(FilterTarget.AWARD);
        if (!shared.isEmpty()) {
            sql.append(" and (").append(shared).append(")");
        }
        sql.append(")").append(PURCHASES);
        sql.append(GROUPS.formatted(supplierId == null ? "true" : "false"), multiple);
        sql.append(ROWS, flaggedLimit);
        return sql;
    }

    // The prefix is matched on each item here; the shared filter's own form of it (a process having such an item)
    // would only repeat the test. The currency is that of the unit prices; the award's value is held to it only
    // when an amount range asks about that value.
    private static ProcurementFilter sharedPart(ProcurementFilter f) {
        boolean amounts = f.minAmount() != null || f.maxAmount() != null;
        return new ProcurementFilter(f.buyerKey(), f.supplierKey(), f.q(), f.procurementMethods(),
                f.procurementMethodDetails(), f.emergency(), f.statuses(), f.signedFrom(), f.signedTo(),
                f.awardedFrom(), f.awardedTo(), f.publishedFrom(), f.publishedTo(), f.minAmount(), f.maxAmount(),
                amounts ? f.currency() : null, null, f.categories(), f.source());
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
