package org.opencompras.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of the statistics endpoints, under the prefix {@code opencompras.stats}. */
@ConfigMapping(prefix = "opencompras.stats")
public interface StatsConfig {

    /**
     * The zone whose calendar cuts the timeline into days, weeks, months and years. Ecuador's own by default:
     * a contract signed on 31 March at 22:00 in Quito belongs to March, not to April as in UTC.
     */
    @WithDefault("America/Guayaquil")
    ZoneId timeZone();

    /** The most periods one timeline may hold, gaps included; a longer one asks for a narrower date range. */
    @WithDefault("5000")
    int maxPeriods();

    /**
     * PostgreSQL's {@code work_mem} for the statistics' queries, which group up to millions of rows: enough to hash
     * them in memory. Set per transaction; every other query keeps the server's setting.
     */
    @WithDefault("64MB")
    String workMem();
}
