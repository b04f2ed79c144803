package org.opencompras.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.opencompras.common.derived.DerivedData;

/**
 * The flat copy of the contracts that the statistics read ({@code contract_facts}), recomputed when an ingest
 * finishes.
 */
@ApplicationScoped
public class ContractFactsRefresh implements DerivedData {

    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "contract_facts";
    }

    /** Recomputes the flat copy of every contract. */
    @Override
    public void refresh() {
        DerivedData.refreshViews(dataSource, name(), "contract_facts");
    }
}
