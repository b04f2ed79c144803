package org.opencompras.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.parties.CurrencyTotal;

/** One group of contracts of a breakdown. */
@Schema(name = "StatsGroup", description = "The contracts of one group value")
public record GroupRow(
        @Schema(description = "The group's value: an organization's id (buyer, supplier), a classification code, a "
                + "method, method details, category or contract status; null for contracts without one (no buyer, "
                + "no classified item...)", nullable = true, example = "EC-RUC-1768152560001") String id,
        @Schema(description = "The organization's name (buyer, supplier) or the classification's description; null "
                + "for the other dimensions", nullable = true, example = "HOSPITAL EUGENIO ESPEJO") String name,
        @Schema(description = "Contracts in the group", example = "412") long contracts,
        @Schema(description = "Distinct buyers of those contracts; absent when grouping by buyer", nullable = true,
                example = "3") @JsonInclude(JsonInclude.Include.NON_NULL) Long buyers,
        @Schema(description = "Distinct suppliers of those contracts' awards; absent when grouping by supplier",
                nullable = true, example = "57") @JsonInclude(JsonInclude.Include.NON_NULL) Long suppliers,
        @Schema(description = "Contracts without a value", example = "3") long withoutValue,
        @Schema(description = "Contract values per currency, exact; never added across currencies")
        List<CurrencyTotal> values) {
}
