package org.opencompras.common.derived;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.opencompras.ingest.IngestFinished;

/**
 * Refreshes every {@link DerivedData} when an ingest finishes, from the command line as from the API, and at start
 * those that are stale (in the background: at scale a refresh takes minutes, and the API answers meanwhile).
 * A refresh that fails is logged and leaves its data as it was: the ingest itself succeeded.
 */
@ApplicationScoped
public class DerivedDataRefresh {

    private static final Logger LOG = Logger.getLogger(DerivedDataRefresh.class);

    @Inject
    @Any
    Instance<DerivedData> all;

    @Inject
    DataSource dataSource;

    void ingestFinished(@Observes IngestFinished event) {
        refreshEach(inStages(), "after ingest run " + event.runId());
    }

    void started(@Observes StartupEvent event) {
        List<DerivedData> stale = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (DerivedData data : inStages()) {
                if (data.stale(c)) {
                    stale.add(data);
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not check whether the derived data is current", e);
            return;
        }
        if (!stale.isEmpty()) {
            Thread thread = new Thread(() -> refreshEach(stale, "at start"), "derived-data");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private List<DerivedData> inStages() {
        return all.stream().sorted(Comparator.comparingInt(DerivedData::stage).thenComparing(DerivedData::name))
                .toList();
    }

    private static void refreshEach(List<DerivedData> list, String when) {
        for (DerivedData data : list) {
            long started = System.nanoTime();
            try {
                data.refresh();
                LOG.infof("%s refreshed %s in %.1f s", data.name(), when, (System.nanoTime() - started) / 1e9);
            } catch (RuntimeException e) {
                LOG.error("Could not refresh " + data.name() + " " + when, e);
            }
        }
    }
}
