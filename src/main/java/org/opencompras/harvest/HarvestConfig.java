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

    /** When the service harvests by itself; every schedule is off unless set. */
    Schedule schedule();

    /**
     * A source whose last successful harvest is older than this is reported stale by {@code /q/health} (which stays
     * up: a publisher's outage is no reason to stop serving what is stored).
     */
    @WithDefault("P2D")
    Duration staleAfter();

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

    /**
     * Quartz-style cron expressions ({@code 0 30 3 * * ?} is 03:30 every day), or {@code off}. Only one instance
     * harvests at a time: the others find the harvest lock taken and skip their turn.
     */
    interface Schedule {
        /** The default SERCOP run: new months, and the recent ones again (environment variable
         * {@code OPENCOMPRAS_HARVEST_SCHEDULE_SERCOP_BULK}). */
        @WithDefault("off")
        String sercopBulk();

        /** A top-up of the current year through SERCOP's API, within {@code sercop-api-max-requests}. */
        @WithDefault("off")
        String sercopApi();

        /** The request budget of each scheduled API top-up. */
        @WithDefault("3000")
        long sercopApiMaxRequests();
    }

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
