package org.opencompras.harvest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the harvester fetches publishers' data, under the prefix {@code opencompras.harvest}. */
@ConfigMapping(prefix = "opencompras.harvest")
public interface HarvestConfig {

    /** SERCOP, Ecuador's procurement agency, whose bulk files and API the {@code harvest sercop} command reads. */
    Sercop sercop();

    /** Files followed by {@code harvest url}. */
    Url url();

    /** Sent with every request, so that a publisher knows who is asking and how to reach them. */
    @WithDefault("OpenCompras-harvester/0.1 (+https://opencompras.org)")
    String userAgent();

    /** How long to wait for a connection to the publisher. */
    @WithDefault("PT30S")
    Duration connectTimeout();

    /** How long to wait for an answer to begin once the request is sent. */
    @WithDefault("PT2M")
    Duration readTimeout();

    /** How long one whole download may take, body included (a monthly file can be hundreds of MB). */
    @WithDefault("PT30M")
    Duration downloadTimeout();

    /**
     * An HTTP proxy, {@code host:port} or {@code http://host:port} (environment variable
     * {@code OPENCOMPRAS_HARVEST_PROXY}); the {@code --proxy} option overrides it. SERCOP's host often times out
     * from abroad.
     */
    Optional<String> proxy();

    /** Requests for one unit before it is given up until the next run. */
    @WithDefault("5")
    int maxAttempts();

    /** The first wait after a server error or a timeout; each further attempt waits twice as long, with jitter. */
    @WithDefault("PT5S")
    Duration backoffBase();

    /** The longest wait between two attempts; a {@code Retry-After} asking for more fails the unit instead. */
    @WithDefault("PT10M")
    Duration backoffMax();

    /** SERCOP's publication. */
    interface Sercop {
        /** Where SERCOP's open data lives (environment variable {@code OPENCOMPRAS_HARVEST_SERCOP_BASE_URL}). */
        @WithDefault("https://datosabiertos.compraspublicas.gob.ec/PLATAFORMA/")
        String baseUrl();

        /**
         * Requests per minute, never more in any 60 seconds (environment variable
         * {@code OPENCOMPRAS_HARVEST_SERCOP_REQUESTS_PER_MINUTE}); SERCOP answers 429 beyond about 60.
         */
        @WithDefault("50")
        int requestsPerMinute();

        /** The source SERCOP's releases are filed under. */
        @WithDefault("SERCOP")
        String source();

        /** The first month a default run fetches when nothing is loaded yet. */
        @WithDefault("2015-01")
        String firstMonth();

        /**
         * How many recent months a default run fetches again even if loaded: SERCOP keeps adding awards and
         * contracts to a month for four or five months after it ends.
         */
        @WithDefault("6")
        int refreshMonths();
    }

    /** Other publishers' files. */
    interface Url {
        /** Requests per minute to any one run of {@code harvest url}. */
        @WithDefault("30")
        int requestsPerMinute();
    }
}
