package org.opencompras.contract;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;

/** An item of a contract or an award: what was bought, how much of it and at what unit price. */
@Schema(description = "An item: what was bought, its classification, quantity and unit")
public record ItemView(
        @Schema(description = "The item's OCDS id", example = "1", nullable = true) String id,
        @Schema(example = "MASCARILLA QUIRURGICA DESECHABLE TRES PLIEGUES", nullable = true) String description,
        @Schema(nullable = true) Classification classification,
        @Schema(example = "20000", nullable = true) BigDecimal quantity,
        @Schema(nullable = true) Unit unit) {

    /** An item's classification, CPC for SERCOP. */
    @Schema(description = "A classification code from a scheme (CPC for SERCOP)")
    public record Classification(@Schema(example = "CPC", nullable = true) String scheme,
                                 @Schema(example = "352900012", nullable = true) String id,
                                 @Schema(example = "MASCARILLAS", nullable = true) String description) {
    }

    /** The unit an item is counted in, and its price. */
    @Schema(description = "The unit of measure and the price of one unit")
    public record Unit(@Schema(example = "Unidad", nullable = true) String name,
                       @Schema(nullable = true) Amount value) {
    }
}
