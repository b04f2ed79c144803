package org.opencompras.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The service's own settings, all under the prefix {@code opencompras}. */
@ConfigMapping(prefix = "opencompras")
public interface OpenComprasConfig {

    /**
     * Keys accepted as {@code Authorization: Bearer KEY} on the admin endpoints (environment variable
     * {@code OPENCOMPRAS_ADMIN_KEYS}, comma-separated). Without any key the admin endpoints refuse every call.
     */
    Optional<List<String>> adminKeys();

    /** The bundled sample data. */
    SampleData sampleData();

    /** Ingest tuning. */
    Ingest ingest();

    /** How the query API pages and caches. */
    Api api();

    /** What is loaded on the first start, when the database holds no release yet. */
    interface SampleData {
        /** Whether to load the bundled sample on first start (environment variable {@code OPENCOMPRAS_SAMPLE_DATA_LOAD}). */
        @WithDefault("true")
        boolean load();

        /** How many generated processes the sample adds to the real SERCOP packages. */
        @WithDefault("3000")
        int generatedProcesses();
    }

    /** How files are taken in. */
    interface Ingest {
        /** Releases committed together: a crash loses at most one batch, which the next run redoes. */
        @WithDefault("500")
        int batchSize();

        /**
         * Releases written by one ingest beyond which the table statistics are refreshed; during a long ingest,
         * again each time its writes double. Without them the planner keeps planning for the tables as they were
         * (nearly empty, on a first load): each batch's lookups by ocid turn into scans of whole tables, and a load
         * of millions of releases slows down as it goes.
         */
        @WithDefault("10000")
        int statisticsAfter();

        /**
         * The largest body {@code POST /api/v1/ingest} takes (environment variable
         * {@code OPENCOMPRAS_INGEST_MAX_BODY_SIZE}); larger files are for the {@code ingest} command.
         */
        @WithDefault("2G")
        MemorySize maxBodySize();

        /**
         * The largest release accepted, in bytes of its text ({@code 32M}, {@code 64M}...): a larger one is
         * rejected, with its position, while the rest of the file loads. A release is held in memory whole.
         */
        @WithDefault("32M")
        MemorySize maxReleaseBytes();

        /**
         * The most JSON values (objects, arrays, strings, numbers...) in one release; a value takes up to 90 bytes
         * of memory as a tree, so this bounds what a small text of empty objects can cost. Real releases hold one
         * value per 10 to 20 bytes: the default admits any release under about 20 MB.
         */
        @WithDefault("2000000")
        long maxReleaseValues();

        /**
         * The most bytes decompressed from one file or request body, all layers of compression counted; beyond it
         * the input is refused (what was read before stays), so that a gzip bomb costs seconds, not hours.
         */
        @WithDefault("16G")
        MemorySize maxDecompressedBytes();
    }

    /** Pagination cursors and HTTP caching. */
    interface Api {
        /**
         * The key that signs pagination cursors. Without one, the database's own key is used (made by its
         * migrations), which every instance of the service shares.
         */
        Optional<String> cursorSecret();

        /** How long a cursor stays valid; an older one is refused and the client starts again. */
        @WithDefault("PT24H")
        Duration cursorMaxAge();

        /** The {@code max-age} of the API's answers: how long clients and proxies may reuse one unchecked. */
        @WithDefault("PT1M")
        Duration cacheMaxAge();

        /**
         * Where clients reach the API, say {@code https://api.example.org} (a path is kept:
         * {@code https://example.org/opencompras}): every link in answers is written on it. Without it, links are
         * written on the address and port the connection reached the service at, never on the request's
         * {@code Host} header, which a shared cache does not key answers by. Set it in production.
         */
        Optional<URI> publicBaseUrl();

        /** The per-client quota. */
        RateLimit rateLimit();

        /** Whole lists streamed as CSV or JSON lines. */
        Export export();
    }

    /**
     * An export holds a database connection for as long as its client takes to read it, so exports get an
     * allowance of their own: the rest of the pool stays free for everything else, whatever exports' clients do.
     */
    interface Export {
        /**
         * Exports streamed at once (environment variable {@code OPENCOMPRAS_API_EXPORT_MAX_CONCURRENT}); one more
         * is answered 503 with {@code Retry-After}. Keep it well below {@code quarkus.datasource.jdbc.max-size}.
         */
        @WithDefault("4")
        int maxConcurrent();

        /**
         * How long an export waits for its client to take more data before it is cut off (environment variable
         * {@code OPENCOMPRAS_API_EXPORT_WRITE_TIMEOUT}).
         */
        @WithDefault("PT30S")
        Duration writeTimeout();
    }

    /** How many requests one client (by address) may make to the API per minute. */
    interface RateLimit {
        /** Whether to count at all (environment variable {@code OPENCOMPRAS_API_RATE_LIMIT_ENABLED}). */
        @WithDefault("true")
        boolean enabled();

        /** Requests per client per minute (environment variable {@code OPENCOMPRAS_API_RATE_LIMIT_REQUESTS_PER_MINUTE}). */
        @WithDefault("1200")
        int requestsPerMinute();    }
}
