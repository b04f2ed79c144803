package org.opencompras.prices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.opencompras.common.derived.DerivedData;

/** The priced purchases that the price comparison reads ({@code price_purchase}), recomputed when an ingest finishes. */
@ApplicationScoped
public class PricePurchasesRefresh implements DerivedData {

    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "price_purchases";
    }

    /** Recomputes every priced purchase. */
    @Override
    public void refresh() {
        DerivedData.refreshViews(dataSource, name(), "price_purchase");
    }
}
