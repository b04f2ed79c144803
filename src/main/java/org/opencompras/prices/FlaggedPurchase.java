package org.opencompras.prices;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.OrganizationSummary;

/** A purchase whose unit price is above the flag multiple of its class's median. */
@Schema(description = "A purchase priced above the flag multiple of its class's median")
public record FlaggedPurchase(
        @Schema(example = "ocds-5wno2w-SIE-HOALO-2025-003-141697") String ocid,
        @Schema(description = "The award, as /awards/{id} takes it",
                example = "ocds-5wno2w-SIE-HOALO-2025-003-141697~1")
        String award,
        @Schema(description = "The item's id within the award, as published", nullable = true, example = "1")
        String itemId,
        OrganizationSummary buyer,
        @Schema(description = "The award's suppliers") List<OrganizationSummary> suppliers,
        @Schema(description = "Quantity, as published", nullable = true, example = "20000") BigDecimal quantity,
        @Schema(description = "Unit name, as published", nullable = true, example = "Unidad") String unitName,
        @Schema(description = "Unit value, as published") Amount unitValue,
        @Schema(description = "The unit price in the class's unit (equal to the unit value unless its unit was "
                + "converted)", example = "2.40") BigDecimal unitPrice,
        @Schema(description = "unitPrice / the class median, rounded half up to 4 decimals", example = "4.8000")
        BigDecimal ratio) {
}
