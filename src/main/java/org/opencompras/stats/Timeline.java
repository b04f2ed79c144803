package org.opencompras.stats;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.parties.CurrencyTotal;

/** Contracts per period of the calendar, from the first period with a contract to the last, gaps included. */
@Schema(name = "StatsTimeline", description = "Contracts per period, every period from the first to the last")
public record Timeline(
        @Schema(description = "The length of a period: week (ISO weeks, from Monday), month or year", example = "month")
        String interval,
        @Schema(description = "The date a contract is placed by: signed (the contract's signature date) or published "
                + "(its process's first publication)", example = "signed") String dateField,
        @Schema(description = "The zone whose calendar cuts the periods", example = "America/Guayaquil")
        String timeZone,
        @Schema(description = "Every period from the first holding a contract to the last, in order; those "
                + "without contracts are given with zeros") List<Period> periods,
        @Schema(description = "The contracts without a date in dateField, apart") Counts undated) {

    /** One period and its contracts. */
    @Schema(name = "StatsPeriod", description = "One period of the timeline")
    public record Period(
            @Schema(description = "The period's first instant, ISO 8601 with the offset of timeZone",
                    example = "2020-03-01T00:00:00-05:00") String start,
            @Schema(description = "Contracts dated in the period", example = "118") long contracts,
            @Schema(description = "Of those, contracts without a value", example = "2") long withoutValue,
            @Schema(description = "Their values per currency, exact; never added across currencies")
            List<CurrencyTotal> values) {
    }

    /** Contracts counted and summed per currency. */
    @Schema(name = "StatsCounts", description = "Contracts counted, and their values per currency")
    public record Counts(
            @Schema(example = "3") long contracts,
            @Schema(description = "Of those, contracts without a value", example = "1") long withoutValue,
            @Schema(description = "Their values per currency, exact") List<CurrencyTotal> values) {
    }
}
