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
    SUPPLIER("supplier", null),
    CLASSIFICATION("classification", null);

    static final List<String> NAMES = Arrays.stream(values()).map(d -> d.parameter).toList();

    private static final String COLUMNS = "c.ocid, c.contract_id, c.process_key, c.supplier_ids, c.value_amount, "
            + "c.value_currency, p.buyer_id";

    // A contract's classification codes (contract_facts.classification_ids: its own items', else its award's, else
    // its tender's). Each code is one group of the contract; a contract without any is in the null group.
    private static final String CLASSIFIED = """
            m as not materialized (
                select k.id as key, b.process_key, b.supplier_ids, b.value_amount, b.value_currency, b.buyer_id
                from base b left join lateral unnest(b.classification_ids) k(id) on true)""";

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

    /**
     * {@code with ... m as (...)}: one row per matching contract and group, with the group's value {@code key}
     * and the contract's process_key, supplier_ids, value_amount, value_currency and buyer_id.
     */
    Sql groupedContracts(StatsFilter filter) {
        return switch (this) {
            case CLASSIFICATION -> new Sql().append("with base as (").append(filter.contracts(COLUMNS + ", c.classification_ids"))
                    .append("), ").append(CLASSIFIED);
            // A contract is in the group of each supplier of its award; one without any, in the null group.
            case SUPPLIER -> new Sql().append("with m as not materialized (select s.id::text as key, b.process_key, "
                    + "b.supplier_ids, b.value_amount, b.value_currency, b.buyer_id from (")
                    .append(filter.contracts(COLUMNS))
                    .append(") b left join lateral unnest(b.supplier_ids) s(id) on true)");
            default -> new Sql().append("with m as not materialized (")
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
            case CLASSIFICATION -> "(select min(i.classification_description) from item i where i.classification_id = g.key)";
            default -> "null::text";
        };
    }

    /** Text that tells the groups apart, for the tiebreaker of an order. */
    String sortKey() {
        return "coalesce(" + idColumn() + ", '')";
    }
}
