package org.opencompras.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.filter.OrganizationRef;

/**
 * The SQL of the concentration statistics. Shares and indexes come from exact sums: the Herfindahl–Hirschman
 * index is {@code 10,000 × Σ xᵢ² / (Σ xᵢ)²}, xᵢ an organization's contracts or amount, computed from the exact
 * sums and rounded once.
 */
final class ConcentrationQuery {

    static final List<String> SIDES = List.of("supplier", "buyer");
    static final SortOrder RANK = SortOrder.ascending("rank", SortKey.of("g.rank", "bigint"));

    private static final int SHARE_SCALE = 6;
    private static final int INDEX_SCALE = 2;
    private static final BigDecimal INDEX_MAX = BigDecimal.valueOf(10_000);

    // Each organization's contracts and amount per currency (per_org): in one pass over the matching contracts, or
    // precomputed. The counts, the amounts and the unattributed contracts are read from its rows.
    private static final String PER_ORGANIZATION = """
            select org, value_currency as currency, count(*) as n, count(value_amount) as valued,
                   sum(value_amount) as amount
            from m""";
    private static final String PRECOMPUTED = """
            select organization_id as org, currency, contracts as n, valued, amount from stats_organization
            where side = ? and (? = '' or currency = ?) and\s""";
    private static final String BY_ORGANIZATION = """
            ),
            n as (select org, sum(n) as n from per_org where org is not null group by org)""";

    private static final String COUNTS = """
            ,
            r as (select currency, amount, row_number() over (partition by currency order by amount desc) as position
                  from per_org where org is not null and valued > 0)
            select true as by_count, null::text as currency, count(*) as organizations, sum(n)::numeric as total,
                   sum(n::numeric * n) as squares,
                   (select sum(x.n) from (select n from n order by n desc limit ?) x)::numeric as top,
                   (select coalesce(sum(n), 0) from per_org where org is null) as unattributed
            from n
            union all
            select false, currency, count(*), sum(amount), sum(amount * amount),
                   sum(amount) filter (where position <= ?), null
            from r group by currency""";

    private ConcentrationQuery() {
    }

    /** {@code with m as (...)}: one row per matching contract and organization on that side (org null: none). */
    static Sql organizationContracts(String side, StatsFilter filter) {
        if (side.equals("buyer")) {
            return new Sql().append("with m as not materialized (")
                    .append(filter.contracts("p.buyer_id as org, c.value_amount, c.value_currency")).append(")");
        }
        // A contract counts once for each supplier of its award, with its whole value.
        return new Sql().append("with m as not materialized (select s.id as org, b.value_amount, b.value_currency from (")
                .append(filter.contracts("c.supplier_ids, c.value_amount, c.value_currency"))
                .append(") b left join lateral unnest(b.supplier_ids) s(id) on true)");
    }

    /** {@code with m as (...), per_org as (...), n as (...)}: the matching contracts per organization. */
    static Sql perOrganization(String side, StatsFilter filter) {
        Sql sql = organizationContracts(side, filter).append(", per_org as materialized (");
        if (filter.precomputed()) {
            String currency = filter.filterCurrency();
            sql.append(PRECOMPUTED + StatsPrecomputed.READY + " union all ", side, currency, currency,
                            StatsPrecomputed.CONCENTRATION)
                    .append(PER_ORGANIZATION + " where not " + StatsPrecomputed.READY + " group by 1, 2",
                            StatsPrecomputed.CONCENTRATION);
        } else {
            sql.append(PER_ORGANIZATION + " group by 1, 2");
        }
        return sql.append(BY_ORGANIZATION);
    }

    static Concentration summary(Connection c, String side, int top, StatsFilter filter) throws SQLException {
        Sql sql = perOrganization(side, filter).append(new Sql().append(COUNTS, top, top))
                .append(" order by by_count desc, currency nulls last");
        Concentration.Share count = null;
        long organizations = 0;
        long unattributed = 0;
        List<Concentration.CurrencyShare> amounts = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                BigDecimal total = zeroIfNull(rs.getBigDecimal("total"));
                BigDecimal squares = zeroIfNull(rs.getBigDecimal("squares"));
                BigDecimal topSum = zeroIfNull(rs.getBigDecimal("top"));
                if (rs.getBoolean("by_count")) {
                    organizations = rs.getLong("organizations");
                    unattributed = rs.getLong("unattributed");
                    count = new Concentration.Share(total.longValueExact(), topSum.longValueExact(),
                            share(topSum, total), index(squares, total));
                } else {
                    amounts.add(new Concentration.CurrencyShare(rs.getString("currency"), rs.getLong("organizations"),
                            total, topSum, share(topSum, total), index(squares, total)));
                }
            }
        }
        return new Concentration(side, top, organizations, unattributed, count, amounts, List.of());
    }

    /** The ranking: every organization, by amount in the filter's currency when there is one, else by contracts. */
    static KeysetQuery ranking(String side, StatsFilter filter) {
        String order = filter.currency() != null ? "a.amount desc nulls last, n.n desc, o.identity_key"
                : "n.n desc, o.identity_key";
        Sql from = new Sql().append("(").append(perOrganization(side, filter)).append("""
                ,
                a as (select org, sum(amount) as amount from per_org where org is not null and valued > 0 group by org),
                t as (select (select sum(n) from n) as contracts, (select sum(amount) from a) as amount)
                select row_number() over (order by %s) as rank, o.identity_key, o.name, n.n as contracts,
                       round(n.n::numeric / t.contracts, %d) as contract_share, a.amount,
                       round(a.amount / nullif(t.amount, 0), %d) as amount_share
                from n join organization o on o.id = n.org left join a on a.org = n.org cross join t) g"""
                .formatted(order, SHARE_SCALE, SHARE_SCALE));
        return new KeysetQuery("g.rank, g.identity_key, g.name, g.contracts, g.contract_share, g.amount, g.amount_share",
                from, new Sql());
    }

    static RankedOrganization ranked(ResultSet rs, boolean withAmount) throws SQLException {
        return new RankedOrganization(rs.getLong("rank"), OrganizationRef.id(rs.getString("identity_key")),
                rs.getString("name"), rs.getLong("contracts"), rs.getBigDecimal("contract_share"),
                withAmount ? rs.getBigDecimal("amount") : null, withAmount ? rs.getBigDecimal("amount_share") : null);
    }

    static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? null : part.divide(total, SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal index(BigDecimal squares, BigDecimal total) {
        return total.signum() == 0 ? null
                : INDEX_MAX.multiply(squares).divide(total.multiply(total), INDEX_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
