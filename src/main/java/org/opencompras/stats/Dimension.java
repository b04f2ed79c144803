package org.opencompras.stats;

import java.util.Arrays;
import java.util.List;
import org.opencompras.common.api.Sql;

/**
 * What the contracts can be grouped by, and how: the SQL that gives each matching contract its group value
 * ({@code key}, as text) once per group it belongs to, and how a group is named.
 */
enum Dimension {
    METHOD("method", "p.procurement_method"),
    METHOD_DETAILS("methodDetails", "p.procurement_method_details"),
    CATEGORY("category", "p.main_procurement_category"),
    STATUS("status", "c.status"),
    BUYER("buyer", "p.buyer_id::text"),
    SUPPLIER("supplier", "w.organization_id::text"),
    CLASSIFICATION("classification", null);

    static final List<String> NAMES = Arrays.stream(values()).map(d -> d.parameter).toList();

    private static final String COLUMNS = "c.ocid, c.contract_id, c.award_id, c.value_amount, c.value_currency, p.buyer_id";

    // A contract's classifications come from its own items; without any, from its award's; without any, from its
    // tender's. Each distinct code among the items chosen is one group of the contract.
    private static final String CLASSIFIED = """
            , candidate as (
                select b.ocid, b.contract_id, i.classification_id,
                       case i.scope when 'contract' then 0 when 'award' then 1 else 2 end as level
                from base b join item i on i.ocid = b.ocid
                where i.classification_id is not null
                  and (i.scope = 'tender' or (i.scope = 'contract' and i.parent_id = b.contract_id)
                       or (i.scope = 'award' and i.parent_id = b.award_id))),
            chosen as (
                select distinct x.ocid, x.contract_id, x.classification_id
                from (select candidate.*, min(level) over (partition by ocid, contract_id) as best from candidate) x
                where x.level = x.best),
            m as materialized (
                select k.classification_id as key, b.ocid, b.award_id, b.value_amount, b.value_currency, b.buyer_id
                from base b left join chosen k on k.ocid = b.ocid and k.contract_id = b.contract_id)""";

    final String parameter;
    private final String key;

    Dimension(String parameter, String key) {
        this.parameter = parameter;
        this.key = key;
    }

    static Dimension of(String parameter) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(parameter)).findFirst().orElseThrow();
    }

    boolean organization() {
        return this == BUYER || this == SUPPLIER;
    }

    /** {@code with ... m as (...)}: one row per matching contract and group (key, ocid, award_id, value, buyer_id). */
    Sql groupedContracts(StatsFilter filter) {
        return switch (this) {
            case CLASSIFICATION -> new Sql().append("with base as materialized (").append(filter.contracts(COLUMNS))
                    .append(")").append(CLASSIFIED);
            // A contract is in the group of each supplier of its award.
            case SUPPLIER -> new Sql().append("with m as materialized (select w.organization_id::text as key, "
                    + "b.ocid, b.award_id, b.value_amount, b.value_currency, b.buyer_id from (")
                    .append(filter.contracts(COLUMNS))
                    .append(") b join award_supplier w on w.ocid = b.ocid and w.award_id = b.award_id)");
            default -> new Sql().append("with m as materialized (")
                    .append(filter.contracts(key + " as key, " + COLUMNS)).append(")");
        };
    }

    /** Joins the group's name to the grouped rows {@code g}. */
    String nameJoin() {
        return organization() ? " left join organization o on o.id = g.key::bigint" : "";
    }

    /** The group's id as the API gives it (organizations by identity key). */
    String idColumn() {
        return organization() ? "o.identity_key" : "g.key";
    }

    String nameColumn() {
        return switch (this) {
            case BUYER, SUPPLIER -> "o.name";
            case CLASSIFICATION -> "(select i.classification_description from item i where i.classification_id = g.key "
                    + "and i.classification_description is not null order by i.id limit 1)";
            default -> "null::text";
        };
    }

    /** Text that tells the groups apart, for the tiebreaker of an order. */
    String sortKey() {
        return "coalesce(" + idColumn() + ", '')";
    }
}
