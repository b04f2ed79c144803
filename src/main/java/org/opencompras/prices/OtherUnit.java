package org.opencompras.prices;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another unit the same classification was bought in, in the same currency. */
@Schema(description = "Another unit the same classification is bought in (same currency); not convertible")
public record OtherUnit(
        @Schema(description = "The unit; null for purchases that give none", nullable = true, example = "caja")
        String unit,
        @Schema(example = "3") long purchases) {
}
