package org.opencompras.parties;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One supplier or buyer: identity, every spelling of its name, and its totals in that role. */
@Schema(description = "A supplier or buyer: its identity, every spelling of its name, and its totals in that role")
public record OrganizationProfile(
        @Schema(example = "EC-RUC-0993038210001") String id,
        @Schema(description = "The name it was first seen with", example = "MAXINSUMO S.A.") String name,
        @Schema(nullable = true) OrganizationFacts.Identifier identifier,
        @Schema(nullable = true) OrganizationFacts.Ruc ruc,
        @Schema(description = "Every spelling of its name in the data, alphabetically",
                example = "[\"MAX INSUMO S.A.\", \"MAXINSUMO S.A.\", \"Maxinsumo SA\"]") List<String> nameVariants,
        Totals totals,
        @Schema(description = "When the totals were computed: at the end of the last finished ingest",
                example = "2026-11-25T14:05:40Z") String totalsAsOf,
        PartyLinks.Links links) {

    /** Counts, contract values, award dates and counterparts in this role. */
    @Schema(name = "OrganizationTotals", description = "Totals in this role. A supplier: its awards, the contracts of those awards, the buyers "
            + "of those processes. A buyer: the awards and contracts of its processes, their suppliers.")
    public record Totals(
            @Schema(example = "57") long awards,
            @Schema(example = "54") long contracts,
            @Schema(description = "Contract values per currency") List<CurrencyTotal> values,
            @Schema(description = "Date of the earliest award", nullable = true, example = "2020-03-18T15:00:00Z")
            String firstAwardDate,
            @Schema(description = "Date of the latest award", nullable = true, example = "2024-11-02T19:30:00Z")
            String lastAwardDate,
            @Schema(description = "For a supplier: how many distinct buyers awarded it", nullable = true,
                    example = "12") @JsonInclude(JsonInclude.Include.NON_NULL) Long buyers,
            @Schema(description = "For a buyer: how many distinct suppliers it awarded", nullable = true)
            @JsonInclude(JsonInclude.Include.NON_NULL) Long suppliers) {
    }
}
