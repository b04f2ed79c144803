package org.opencompras.prices;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Settings of the price comparison, under the prefix {@code opencompras.prices}. */
@ConfigMapping(prefix = "opencompras.prices")
public interface PricesConfig {

    /**
     * A purchase is flagged when its unit price is more than this many times the median of its class; a request
     * may ask for another multiple with {@code flagMultiple} (environment variable
     * {@code OPENCOMPRAS_PRICES_FLAG_MULTIPLE}).
     */
    @WithDefault("2.0")
    BigDecimal flagMultiple();

    /** How many flagged purchases each class shows at most when a request does not say ({@code flaggedLimit}). */
    @WithDefault("20")
    int flaggedPerClass();

    /**
     * PostgreSQL's {@code work_mem} for the comparison's query, which sorts every purchase of the classes asked for
     * (hundreds of thousands for a wide prefix) once per summary: enough to sort them in memory. Set per
     * transaction; every other query keeps the server's setting.
     */
    @WithDefault("64MB")
    String workMem();
}
