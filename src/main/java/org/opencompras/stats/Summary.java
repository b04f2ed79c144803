package org.opencompras.stats;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contracts matching the filters, counted, and their values per currency. */
@Schema(name = "StatsSummary", description = "Counts and values of the contracts matching the filters")
public record Summary(
        @Schema(description = "Contracts matching the filters", example = "1520") long contracts,
        @Schema(description = "Distinct processes (ocids) of those contracts", example = "1388") long processes,
        @Schema(description = "Distinct buyers of those contracts' processes", example = "212") long buyers,
        @Schema(description = "Distinct suppliers of those contracts' awards", example = "640") long suppliers,
        @Schema(description = "Contracts without a value (no amount): counted here, in no currency", example = "14")
        long withoutValue,
        @Schema(description = "Per currency (null: the data gave none or an invalid one), the contracts with a "
                + "value in it and their exact sum; never added across currencies") List<CurrencyStats> values) {

    /** Contract values in one currency. */
    @Schema(name = "StatsCurrencySummary", description = "Contract values in one currency, exact")
    public record CurrencyStats(
            @Schema(example = "USD", nullable = true) String currency,
            @Schema(description = "Contracts with a value in this currency", example = "1506") long count,
            @Schema(description = "Their exact sum", example = "48213377.12") BigDecimal amount,
            @Schema(description = "The smallest value", example = "0.01") BigDecimal min,
            @Schema(description = "The largest value", example = "2450000.00") BigDecimal max) {
    }
}
