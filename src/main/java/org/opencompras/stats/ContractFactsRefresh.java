package org.opencompras.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.opencompras.common.derived.DerivedData;

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
            try (PreparedStatement statement = c.prepareStatement("select set_config('work_mem', ?, true)")) {
                statement.setString(1, config.workMem());
                statement.execute();
            }
            StatsPrecomputed.compute(c);
        });
    }
}
