package org.opencompras.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.opencompras.common.derived.DerivedData;

/**
 * The data-quality checks, rerun when an ingest finishes, in one transaction so that the counts, the failing
 * processes and the name variants always agree.
 */
@ApplicationScoped
public class QualityRefresh implements DerivedData {

    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "data_quality";
    }

    /** Reruns every check. The views in dependency order: failures read the name variants, counts the failures. */
    @Override
    public void refresh() {
        DerivedData.refreshViews(dataSource, name(), "organization_name_variant", "organization_name_variant_count",
                "quality_failure", "quality_count");
    }
}
