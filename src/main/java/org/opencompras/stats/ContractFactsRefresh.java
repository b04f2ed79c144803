package org.opencompras.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Statement;
import javax.sql.DataSource;
import org.opencompras.common.derived.DerivedData;
import org.opencompras.common.jdbc.Jdbc;

/**
 * The flat copy of the contracts that the statistics read ({@code contract_facts}) and the statistics precomputed
 * from it ({@link StatsPrecomputed}), recomputed when an ingest finishes.
 */
@ApplicationScoped
public class ContractFactsRefresh implements DerivedData {

    @Inject
    DataSource dataSource;

    @Inject
    StatsConfig config;

    @Override
    public String name() {
        return "contract_facts";
    }

    /** Recomputes the flat copy of every contract, then the statistics precomputed from it; in one transaction. */
    @Override
    public void refresh() {
        DerivedData.refreshInTransaction(dataSource, name(), c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute("refresh materialized view concurrently contract_facts");
            }
            Jdbc.workMemForTransaction(c, config.workMem());
            StatsPrecomputed.compute(c);
        });
    }
}
