package org.opencompras.categories;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the counted items of one category add up to.
 *
 * @param items     counted items in the category, valued or not
 * @param processes processes with at least one of them
 */
@Schema(description = "The counted items of one category: how many, in how many processes, and their value per currency")
public record CategoryTotals(
        @Schema(example = "protective-supplies") String code,
        @Schema(description = "Counted items in the category, with or without a value", example = "2210") long items,
        @Schema(description = "Processes with at least one such item", example = "356") long processes,
        @Schema(description = "Value per currency, of the items that have a quantity and a unit value")
        List<CurrencyValue> values) {
}
