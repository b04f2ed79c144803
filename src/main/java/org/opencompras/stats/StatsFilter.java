package org.opencompras.stats;

import java.util.Map;
import org.opencompras.common.api.AppliedFilters;
import org.opencompras.common.api.Sql;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;

/**
 * The contracts a statistic is computed over: those the contract list would give for the same shared filters
 * (status is the contract's), read from their flat copy {@code contract_facts} as of the last finished ingest.
 * Every statistic starts from {@link #contracts(String)}; a query that reads the matching contracts several times
 * names them in a {@code not materialized} CTE, so that each reading is a scan the database can run in parallel
 * rather than a spool of a million rows written and read back by one process.
 */
record StatsFilter(ProcurementFilter filter) {

    /** The process columns of a contract's flat copy, under the names the shared filters give them ({@code p.}). */
    private static final String PROCESS_COLUMNS = "c.ocid, c.buyer_id, c.source_id, c.procurement_method, "
            + "c.procurement_method_details, c.emergency, c.main_procurement_category, c.first_release_date";

    /** No filter: every contract. */
    static final StatsFilter NONE = parse(new ProcurementFilterParams());

    static StatsFilter parse(ProcurementFilterParams params) {
        return new StatsFilter(ProcurementFilter.parse(params, FilterTarget.CONTRACT));
    }

    /**
     * {@code select <columns> from contract c join process p ... where <filters>}: the matching contracts, with
     * the aliases {@code c} and {@code p} of the lists.
     */
    Sql contracts(String columns) {
        // The copy holds the process columns the filters read; a search needs the process's own search document.
        String from = filter.q() == null ? " from contract_facts c cross join lateral (select " + PROCESS_COLUMNS + ") p"
                : " from contract_facts c join process p on p.ocid = c.ocid";
        Sql sql = new Sql().append("select " + columns + from);
        Sql where = filter.where(FilterTarget.CONTRACT, "c.supplier_ids");
        if (!where.isEmpty()) {
            sql.append(" where ").append(where);
        }
        return sql;
    }

    /** The contracts in one currency, as {@code ?currency=} gives them. */
    static StatsFilter ofCurrency(String currency) {
        ProcurementFilterParams params = new ProcurementFilterParams();
        params.currency = currency;
        return parse(params);
    }

    /**
     * Whether its answers are among those precomputed ({@link StatsPrecomputed}): no filter but, at most, the
     * currency.
     */
    boolean precomputed() {
        return filter.withoutCurrency().where(FilterTarget.CONTRACT).isEmpty();
    }

    /** The currency filtered by, '' for none: the key of the precomputed answers. */
    String filterCurrency() {
        return filter.currency() == null ? "" : filter.currency();
    }

    String currency() {
        return filter.currency();
    }

    /** A stable text of the filters, for cache keys. */
    String fingerprint() {
        return filter.fingerprint();
    }

    /** The filters applied, as an answer echoes them. */
    Map<String, Object> echo() {
        return AppliedFilters.of(filter);
    }
}
