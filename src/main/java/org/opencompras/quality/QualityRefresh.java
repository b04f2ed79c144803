package org.opencompras.quality;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.opencompras.ingest.IngestFinished;

/**
 * Reruns the data-quality checks when an ingest finishes, so that the report is that of the last finished ingest.
 * Concurrent refreshes (readers keep the previous report until they commit) in one transaction, so that the
 * counts, the failing processes and the name variants always agree; the data version moves with them.
 */
@ApplicationScoped
public class QualityRefresh {

    private static final Logger LOG = Logger.getLogger(QualityRefresh.class);

    // In dependency order: the failures read the name variants, the counts read the failures.
    private static final String[] REFRESH = {
        "refresh materialized view concurrently organization_name_variant",
        "refresh materialized view concurrently organization_name_variant_count",
        "refresh materialized view concurrently quality_failure",
        "refresh materialized view concurrently quality_count",
        "update derived_data set generation = generation + 1, refreshed_at = now() where name = 'data_quality'"
    };

    // Stale when a change was committed after the last run: an ingest that was killed before its end.
    private static final String STALE = """
            select exists (select 1 from change_event e
                           where e.at > (select d.refreshed_at from derived_data d where d.name = 'data_quality'))""";

    @Inject
    DataSource dataSource;

    void ingestFinished(@Observes IngestFinished event) {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The ingest itself succeeded; the report stays as it was until the next one.
            LOG.error("Could not rerun the data-quality checks after ingest run " + event.runId(), e);
        }
    }

    void started(@Observes StartupEvent event) {
        try {
            if (stale()) {
                Thread thread = new Thread(this::refreshQuietly, "data-quality");
                thread.setDaemon(true);
                thread.start();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check whether the data-quality report is current", e);
        }
    }

    /** Reruns every check over all the data. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            for (String sql : REFRESH) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rerun the data-quality checks", e);
        }
        LOG.debugf("Data-quality checks rerun in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    private boolean stale() {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery(STALE)) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read when the data-quality checks last ran", e);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.error("Could not rerun the data-quality checks", e);
        }
    }
}
