package org.opencompras.prices;

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
 * Recomputes the purchases that the price comparison reads ({@code price_purchase}) when an ingest finishes,
 * from the command line as from the API, so that the prices are those of the last finished ingest. Concurrent (readers keep the previous copy until it commits),
 * and it moves the data version, so that no answer cached before it is served after it.
 */
@ApplicationScoped
public class PricePurchasesRefresh {

    private static final Logger LOG = Logger.getLogger(PricePurchasesRefresh.class);

    private static final String[] REFRESH = {
        "refresh materialized view concurrently price_purchase",
        "update derived_data set generation = generation + 1, refreshed_at = now() where name = 'price_purchases'"
    };

    // Stale when a change was committed after the last refresh: an ingest that was killed before its end.
    private static final String STALE = """
            select exists (select 1 from change_event e
                           where e.at > (select d.refreshed_at from derived_data d where d.name = 'price_purchases'))""";

    @Inject
    DataSource dataSource;

    void ingestFinished(@Observes IngestFinished event) {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The ingest itself succeeded; the prices stay as they were until the next one.
            LOG.error("Could not refresh the priced purchases after ingest run " + event.runId(), e);
        }
    }

    void started(@Observes StartupEvent event) {
        try {
            if (stale()) {
                Thread thread = new Thread(this::refreshQuietly, "price-purchases");
                thread.setDaemon(true);
                thread.start();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check whether the priced purchases are current", e);
        }
    }

    /** Recomputes every priced purchase. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            for (String sql : REFRESH) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh the priced purchases", e);
        }
        LOG.debugf("Priced purchases refreshed in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    private boolean stale() {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery(STALE)) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read when the priced purchases were refreshed", e);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.error("Could not refresh the priced purchases", e);
        }
    }
}
