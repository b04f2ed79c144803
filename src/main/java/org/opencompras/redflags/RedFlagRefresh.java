package org.opencompras.redflags;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.opencompras.ingest.IngestFinished;

/**
 * Recomputes the red flags with the configured settings when an ingest finishes, and at start when data changed
 * after the last computation (an ingest killed before its end, or data loaded before red flags existed).
 */
@ApplicationScoped
public class RedFlagRefresh {

    private static final Logger LOG = Logger.getLogger(RedFlagRefresh.class);

    private static final String STALE = """
            select exists (select 1 from change_event e
                           where e.at > (select d.refreshed_at from derived_data d where d.name = 'red_flags'))""";

    @Inject
    RedFlagComputation computation;

    @Inject
    RedFlagConfig config;

    @Inject
    DataSource dataSource;

    // After the items are classified (default priority): X002 reads their categories.
    void ingestFinished(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) IngestFinished event) {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The ingest itself succeeded; the flags stay as they were until the next one.
            LOG.error("Could not compute the red flags after ingest run " + event.runId(), e);
        }
    }

    void started(@Observes StartupEvent event) {
        try {
            if (stale()) {
                Thread thread = new Thread(this::refreshQuietly, "red-flags");
                thread.setDaemon(true);
                thread.start();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check whether the red flags are current", e);
        }
    }

    /** Recomputes every process's flags with the configured settings. */
    public void refresh() {
        computation.recompute(RedFlagSettings.of(config));
    }

    private boolean stale() {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery(STALE)) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read when the red flags were computed", e);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.error("Could not compute the red flags", e);
        }
    }
}
