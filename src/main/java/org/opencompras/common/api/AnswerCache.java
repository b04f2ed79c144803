package org.opencompras.common.api;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.opencompras.ingest.IngestFinished;

/**
 * Answers of the statistics and analytics endpoints, which aggregate over many rows. Keyed by the data version as
 * well as the query, so an answer is never served for data it was not computed on, even when another process
 * ingested; emptied when an ingest of this service finishes.
 */
@ApplicationScoped
public class AnswerCache {

    /** Computes an answer from the database. */
    @FunctionalInterface
    public interface Computation<T> {
        T compute() throws SQLException;
    }

    @Inject
    @CacheName("answers")
    Cache cache;

    /**
     * The answer to {@code query} (any text that names the question fully: endpoint, parameters, settings) on
     * this version of the data, computed once.
     */
    public <T> T get(DataVersion.Version version, String query, Computation<T> computation) {
        return cache.<String, T>get(version.key() + "\n" + query, key -> {
            try {
                return computation.compute();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not compute " + query, e);
            }
        }).await().indefinitely();
    }

    void ingestFinished(@Observes IngestFinished event) {
        cache.invalidateAll().await().indefinitely();
    }
}
