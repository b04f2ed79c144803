package org.opencompras.parties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.opencompras.common.derived.DerivedData;

/**
 * The supplier and buyer totals, recomputed when an ingest finishes; both views in one transaction, so that a
 * reader never sees new totals with old values or the reverse.
 */
@ApplicationScoped
public class OrganizationTotalsRefresh implements DerivedData {

    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "organization_totals";
    }

    /** Recomputes every organization's totals. */
    @Override
    public void refresh() {
        DerivedData.refreshViews(dataSource, name(), "organization_values", "organization_totals");
    }
}
