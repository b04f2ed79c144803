package org.opencompras.redflags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opencompras.common.derived.DerivedData;

/** The red flags, recomputed with the configured settings when an ingest finishes. */
@ApplicationScoped
public class RedFlagRefresh implements DerivedData {

    @Inject
    RedFlagComputation computation;

    @Inject
    RedFlagConfig config;

    @Override
    public String name() {
        return "red_flags";
    }

    /** After the items are classified: X002 reads their categories. */
    @Override
    public int stage() {
        return 1;
    }

    /** Recomputes every process's flags with the configured settings. */
    @Override
    public void refresh() {
        computation.recompute(RedFlagSettings.of(config));
    }
}
