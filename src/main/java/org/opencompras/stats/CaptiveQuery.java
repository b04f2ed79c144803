package org.opencompras.stats;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.filter.OrganizationRef;

/**
 * Suppliers with more than a number of contracts, more than a share of which are with one buyer (the COVID-19
 * Contract Explorer's flag 7: more than 10 contracts, more than half with one buyer). Counted over the contracts
 * matching the filters; a contract counts for each supplier of its award.
 */
final class CaptiveQuery {

    static final int DEFAULT_MIN_CONTRACTS = 10;
    static final BigDecimal DEFAULT_MIN_SHARE = new BigDecimal("0.5");

    /** Largest share first, then most contracts with the buyer; ids end the ties. */
    static final SortOrder ORDER = SortOrder.descending("-share", SortKey.of("g.share", "numeric"),
            SortKey.of("g.with_buyer", "bigint"), SortKey.of("g.supplier_key", "text"), SortKey.of("g.buyer_key", "text"));

    private CaptiveQuery() {
    }

    static KeysetQuery query(StatsFilter filter, int minContracts, BigDecimal minShare) {
        // The contracts are read once, into supplier-buyer pairs (pair); each supplier's total comes from its pairs.
        Sql from = new Sql().append("(with m as not materialized (select s.id as supplier, b.buyer_id as buyer from (")
                .append(filter.contracts("c.supplier_ids, p.buyer_id"))
                .append(") b cross join unnest(b.supplier_ids) s(id)), ")
                .append("""
                        pair as materialized (select supplier, buyer, count(*) as k from m group by 1, 2),
                        t as (select supplier, sum(k) as n from pair group by supplier having sum(k) > ?),
                        k as (select pair.supplier, pair.buyer, pair.k from pair join t on t.supplier = pair.supplier
                              where pair.buyer is not null)
                        select s.identity_key as supplier_key, s.name as supplier_name, b.identity_key as buyer_key,
                               b.name as buyer_name, k.k as with_buyer, t.n as contracts,
                               round(k.k::numeric / t.n, 6) as share
                        from k join t on t.supplier = k.supplier
                        join organization s on s.id = k.supplier join organization b on b.id = k.buyer
                        where k.k > ? * t.n) g""", minContracts, minShare);
        return new KeysetQuery("g.supplier_key, g.supplier_name, g.buyer_key, g.buyer_name, g.with_buyer, g.contracts, "
                + "g.share", from, new Sql());
    }

    static CaptiveSupplier row(ResultSet rs) throws SQLException {
        return new CaptiveSupplier(
                new OrganizationSummary(OrganizationRef.id(rs.getString("supplier_key")), rs.getString("supplier_name")),
                new OrganizationSummary(OrganizationRef.id(rs.getString("buyer_key")), rs.getString("buyer_name")),
                rs.getLong("with_buyer"), rs.getLong("contracts"), rs.getBigDecimal("share"));
    }
}
