package org.opencompras.prices;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.opencompras.contract.ItemView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The purchases of one item class: one classification, bought in one currency and one unit. Purchases of the same
 * classification in units that cannot be converted into each other are other classes, never mixed with this one.
 */
@Schema(description = "The purchases of one classification in one currency and one unit, with their unit prices")
public record PriceClass(
        ItemView.Classification classification,
        @Schema(description = "ISO 4217 currency of the unit prices; null when the data gave none or an invalid one",
                nullable = true, example = "USD") String currency,
        @Schema(description = "The unit prices are per one of this unit (unidad, kilogramo, litro, metro, metro "
                + "cuadrado, mes, or a publisher's unit name in lower case); null when the items give no unit",
                nullable = true, example = "unidad") String unit,
        @Schema(description = "The unit names as published that were read as this unit", example = "[\"Unidad\"]")
        List<String> unitNames,
        @Schema(description = "true when every purchase of the classification in this currency is in this unit, so "
                + "this class is the whole classification; false when some are in other units that cannot be "
                + "converted to it (see otherUnits), or when the items give no unit at all", example = "true")
        boolean comparable,
        @Schema(description = "Why the class is not comparable; null when it is", nullable = true,
                example = "also bought in caja (3 purchases), which cannot be converted to unidad: those purchases "
                        + "are compared apart, never mixed with these")
        @JsonInclude(JsonInclude.Include.ALWAYS) String reason,
        @Schema(description = "Other units of the same classification and currency") List<OtherUnit> otherUnits,
        @Schema(description = "Purchases: award items with a unit price", example = "120") long purchases,
        @Schema(description = "The unit prices; null when the items give no unit, since those prices cannot be "
                + "compared", nullable = true) @JsonInclude(JsonInclude.Include.ALWAYS) PriceStatistics prices,
        @Schema(description = "Each buyer's prices, highest median first") List<OrganizationPrices> buyers,
        @Schema(description = "Each supplier's prices, highest median first (a purchase from an award to several "
                + "suppliers counts for each); absent under /suppliers/{id}/prices", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) List<OrganizationPrices> suppliers,
        Flagged flagged) {

    /** The purchases above the flag multiple of the median. */
    @Schema(name = "FlaggedPurchases",
            description = "The purchases priced above flagMultiple × the median, dearest first")
    public record Flagged(
            @Schema(description = "The multiple of the median asked for", example = "2.0") BigDecimal multiple,
            @Schema(description = "multiple × median: purchases priced above it are flagged; null when the class "
                    + "has no prices", nullable = true, example = "1.00") BigDecimal threshold,
            @Schema(description = "How many purchases are flagged in all", example = "1") long count,
            @Schema(description = "The first flaggedLimit of them, dearest first") List<FlaggedPurchase> purchases) {
    }
}
