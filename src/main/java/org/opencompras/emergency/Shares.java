package org.opencompras.emergency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many procedures there were, and how many of them were emergency and direct procedures. The shares are the
 * exact counts divided, rounded half-even to 6 decimals.
 */
@Schema(description = "Procedures, emergency and direct ones, with their shares (exact counts divided, rounded "
        + "half-even to 6 decimals)")
public record Shares(
        @Schema(example = "1250") long processes,
        @Schema(description = "Emergency procedures (method details naming 'emergencia')", example = "75") long emergency,
        @Schema(example = "0.060000") BigDecimal emergencyShare,
        @Schema(description = "Direct procedures (procurementMethod direct)", example = "410") long direct,
        @Schema(example = "0.328000") BigDecimal directShare) {

    static final int SCALE = 6;

    static Shares of(long processes, long emergency, long direct) {
        return new Shares(processes, emergency, share(emergency, processes), direct, share(direct, processes));
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_EVEN);
    }
}
