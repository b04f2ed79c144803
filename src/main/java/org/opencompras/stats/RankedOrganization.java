package org.opencompras.stats;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One organization of a concentration ranking. */
@Schema(name = "StatsRankedOrganization", description = "An organization's rank and shares")
public record RankedOrganization(
        @Schema(description = "1 for the largest: by amount when `currency` is given, else by contracts; ties by id",
                example = "1") long rank,
        @Schema(example = "EC-RUC-0993038210001") String id,
        @Schema(example = "MAXINSUMO S.A.") String name,
        @Schema(description = "Its matching contracts", example = "212") long contracts,
        @Schema(description = "contracts / all contracts counted, 6 decimals", example = "0.139474") BigDecimal contractShare,
        @Schema(description = "Its contract amount in `currency`; null without `currency`", nullable = true,
                example = "8213377.12") BigDecimal amount,
        @Schema(description = "amount / the total amount in `currency`, 6 decimals; null without `currency`",
                nullable = true, example = "0.170353") BigDecimal amountShare) {
}
