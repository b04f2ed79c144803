package org.opencompras.common.api;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.opencompras.ingest.IngestFinished;

/**
 * Totals of filtered lists ({@code includeTotal=true}), which cost a count over every matching row. Keyed by
 * the data version as well as the query, so a total is never served for data it was not counted on, even when
 * another process ingested; emptied when an ingest of this service finishes.
 */
@ApplicationScoped
public class CountCache {

    /** Counts the matching rows. */
    @FunctionalInterface
    public interface Count {
        long count() throws SQLException;
    }

    @Inject
    @CacheName("list-totals")
    Cache cache;

    public long count(DataVersion.Version version, String query, Count count) {
        return cache.<String, Long>get(version.key() + "\n" + query, key -> {
            try {
                return count.count();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count " + query, e);
            }
        }).await().indefinitely();
    }

    void ingestFinished(@Observes IngestFinished event) {
        cache.invalidateAll().await().indefinitely();
    }
}
