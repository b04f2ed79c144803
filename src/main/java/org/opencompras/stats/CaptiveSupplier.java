package org.opencompras.stats;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.OrganizationSummary;

/** A supplier most of whose contracts are with one buyer. */
@Schema(name = "StatsCaptiveSupplier", description = "A supplier with many contracts, most of them with one buyer")
public record CaptiveSupplier(
        OrganizationSummary supplier,
        OrganizationSummary buyer,
        @Schema(description = "The supplier's matching contracts with this buyer", example = "14") long contractsWithBuyer,
        @Schema(description = "All the supplier's matching contracts", example = "18") long contracts,
        @Schema(description = "contractsWithBuyer / contracts, 6 decimals", example = "0.777778") BigDecimal share) {
}
