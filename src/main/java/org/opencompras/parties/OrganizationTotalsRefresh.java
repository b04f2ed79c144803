package org.opencompras.parties;

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
 * Recomputes the supplier and buyer totals when an ingest finishes, from the command line as from the API, so
 * that they are those of the last finished ingest. The refresh is concurrent (readers keep the previous totals
 * until it commits) and moves the data version, so that no answer cached before it is served after it.
 */
@ApplicationScoped
public class OrganizationTotalsRefresh {

    private static final Logger LOG = Logger.getLogger(OrganizationTotalsRefresh.class);

    // Both views in one transaction: a reader never sees new totals with old values or the reverse.
    private static final String[] REFRESH = {
        "refresh materialized view concurrently organization_values",
        "refresh materialized view concurrently organization_totals",
        "update derived_data set generation = generation + 1, refreshed_at = now() where name = 'organization_totals'"
    };

    // Stale when a change was committed after the last refresh: an ingest that was killed before its end.
    private static final String STALE = """
            select exists (select 1 from change_event e
                           where e.at > (select d.refreshed_at from derived_data d where d.name = 'organization_totals'))""";

    @Inject
    DataSource dataSource;

    void ingestFinished(@Observes IngestFinished event) {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The ingest itself succeeded; the totals stay as they were until the next one.
            LOG.error("Could not refresh the organization totals after ingest run " + event.runId(), e);
        }
    }

    void started(@Observes StartupEvent event) {
        try {
            if (stale()) {
                Thread thread = new Thread(this::refreshQuietly, "organization-totals");
                thread.setDaemon(true);
                thread.start();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check whether the organization totals are current", e);
        }
    }

    /** Recomputes every organization's totals. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            for (String sql : REFRESH) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh the organization totals", e);
        }
        LOG.debugf("Organization totals refreshed in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    private boolean stale() {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery(STALE)) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read when the organization totals were refreshed", e);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.error("Could not refresh the organization totals", e);
        }
    }
}
