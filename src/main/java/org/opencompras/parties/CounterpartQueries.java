package org.opencompras.parties;

import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.Sql;
import org.opencompras.filter.OrganizationRef;

/**
 * A supplier's buyers or a buyer's suppliers, each with the awards, contracts and contract values between the
 * two: query and mapper. Computed from the awards of the one organization, so always current.
 */
final class CounterpartQueries {

    private static final String SELECT = """
            o.identity_key, o.name, g.awards, g.contracts, coalesce(va.contract_values, '[]') as contract_values""";

    /**
     * The contracts of award {@code l}, as a lateral subquery that is planned on its own ({@code offset 0}): joined
     * on (ocid, award_id) directly, the planner multiplies the two columns' selectivities, expects one row where
     * there are a million, and picks nested loops that take minutes.
     */
    static final String AWARD_CONTRACTS = "select c0.* from contract c0 where c0.ocid = l.ocid and c0.award_id = l.award_id";

    private CounterpartQueries() {
    }

    /**
     * @param currency when given, only counterparts with contract values in it, and {@code g.amount} is their sum
     */
    static KeysetQuery list(PartyRole role, long organizationId, String currency) {
        String links = role.awardLinks();
        // Counts and values are each aggregated once over the organization's awards, not once per counterpart.
        Sql from = new Sql().append("""
                (select l.counterpart as organization_id, count(*) as awards,
                        coalesce(sum(k.contracts), 0)::bigint as contracts, sum(k.amount) as amount
                 from (%s) l
                 left join lateral (
                     select count(*) as contracts, """.formatted(links));
        if (currency == null) {
            from.append("null::numeric as amount");
        } else {
            from.append("sum(c.value_amount) filter (where c.value_currency = ?) as amount", currency);
        }
        from.append("""

                     from contract c where c.ocid = l.ocid and c.award_id = l.award_id) k on true
                 where l.party = ?
                 group by l.counterpart) g
                join organization o on o.id = g.organization_id
                left join (
                    select v.counterpart, json_agg(json_build_object('currency', v.currency, 'amount', v.amount,
                               'count', v.n) order by v.currency)::text as contract_values
                    from (select l.counterpart, c.value_currency as currency, sum(c.value_amount) as amount,
                                 count(*) as n
                          from (%s) l
                          join lateral (%s) c on true
                          where l.party = ?
                          group by l.counterpart, c.value_currency) v
                    group by v.counterpart) va on va.counterpart = g.organization_id""".formatted(links,
                        AWARD_CONTRACTS + " and c0.value_amount is not null offset 0"),
                organizationId, organizationId);
        Sql where = new Sql();
        if (currency != null) {
            where.append("g.amount is not null");
        }
        return new KeysetQuery(SELECT, from, where);
    }

    static KeysetQuery.RowMapper<CounterpartItem> mapper(PartyRole role, PartyLinks links) {
        return rs -> {
            String id = OrganizationRef.id(rs.getString("identity_key"));
            return new CounterpartItem(id, rs.getString("name"), rs.getLong("awards"), rs.getLong("contracts"),
                    OrganizationFacts.values(rs.getString("contract_values")),
                    new CounterpartItem.Links(links.self(role.counterpart(), id)));
        };
    }
}
