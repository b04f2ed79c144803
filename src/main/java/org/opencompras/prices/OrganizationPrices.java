package org.opencompras.prices;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.OrganizationSummary;

/** What one buyer paid, or one supplier charged, for a class. */
@Schema(description = "One buyer's or supplier's unit prices for a class, in its currency and unit")
public record OrganizationPrices(
        OrganizationSummary organization,
        @Schema(description = "Its purchases of the class", example = "4") long purchases,
        @Schema(example = "0.48") BigDecimal min,
        @Schema(description = "Its median price (the mean of the two middle prices of an even count)",
                example = "0.50") BigDecimal median,
        @Schema(example = "2.40") BigDecimal max,
        @Schema(description = "Its median / the median of the whole class (or of the supplier's sales, under "
                + "/suppliers/{id}/prices), rounded half up to 4 decimals", example = "1.0000")
        BigDecimal medianRatio) {
}
