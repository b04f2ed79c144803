package org.opencompras.categories;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What items were worth in one currency: the exact sum of quantity times unit value, and how many items had one. */
@Schema(description = "The value of items in one currency (null: a value given without a valid currency); amounts "
        + "in different currencies are never added")
public record CurrencyValue(
        @Schema(example = "USD", nullable = true) String currency,
        @Schema(description = "Sum of quantity × unit value, exact", example = "125900.500") BigDecimal amount,
        @Schema(description = "Items with a quantity and a unit value in this currency", example = "1843") long items) {
}
