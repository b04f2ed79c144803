package org.opencompras.prices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The unit prices of a class, exact. Quartiles are those of the purchases themselves (the smallest price with at
 * least a quarter, three quarters, of the purchases at or below it); the median is the middle price, or the mean of
 * the two middle prices of an even count.
 */
@Schema(description = "Unit prices of the purchases of a class, in its currency and unit, exact")
public record PriceStatistics(
        @Schema(example = "0.42") BigDecimal min,
        @Schema(description = "First quartile: the lowest price with a quarter of the purchases at or below it",
                example = "0.48") BigDecimal p25,
        @Schema(description = "Median: the middle price, or the mean of the two middle ones", example = "0.50")
        BigDecimal median,
        @Schema(description = "Third quartile: the lowest price with three quarters of the purchases at or below it",
                example = "0.55") BigDecimal p75,
        @Schema(example = "2.40") BigDecimal max,
        @Schema(description = "max / min, rounded half up to 4 decimals: how many times the cheapest price the "
                + "dearest one is", example = "5.7143") BigDecimal spread) {

    /** Ratios are given to this many decimals, rounded half up from the exact prices. */
    static final int RATIO_SCALE = 4;

    static PriceStatistics of(BigDecimal min, BigDecimal p25, BigDecimal median, BigDecimal p75, BigDecimal max) {
        return new PriceStatistics(min, p25, median, p75, max, ratio(max, min));
    }

    /** The median of a group from its two middle prices (equal for an odd count): exact, since halving ends. */
    static BigDecimal median(BigDecimal lowerMiddle, BigDecimal upperMiddle) {
        if (lowerMiddle.compareTo(upperMiddle) == 0) {
            return lowerMiddle;
        }
        return lowerMiddle.add(upperMiddle).divide(BigDecimal.valueOf(2));
    }

    /** {@code value / base} to {@link #RATIO_SCALE} decimals; null when the base is zero. */
    static BigDecimal ratio(BigDecimal value, BigDecimal base) {
        if (value == null || base == null || base.signum() == 0) {
            return null;
        }
        return value.divide(base, RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
