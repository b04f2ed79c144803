package org.opencompras.stats;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How concentrated the contracts matching the filters are among their suppliers or buyers. */
@Schema(name = "StatsConcentration", description = "The share of the top organizations and the Herfindahl–Hirschman "
        + "index, by contract count and, per currency, by amount")
public record Concentration(
        @Schema(description = "Whose concentration: supplier or buyer", example = "supplier") String by,
        @Schema(description = "How many of the largest organizations the top shares take in", example = "10") int top,
        @Schema(description = "Organizations holding at least one matching contract", example = "640") long organizations,
        @Schema(description = "Matching contracts without any such organization (no supplier, no buyer), left out",
                example = "2") long unattributed,
        @Schema(description = "By number of contracts") Share count,
        @Schema(description = "By amount, per currency (null: the data gave none or an invalid one); never across "
                + "currencies") List<CurrencyShare> amounts,
        @Schema(description = "The top organizations, ranked as in /stats/concentration/ranking") List<RankedOrganization> leaders) {

    /** Concentration by number of contracts. */
    @Schema(name = "StatsCountShare", description = "Concentration by number of contracts")
    public record Share(
            @Schema(description = "Contracts counted: for suppliers, one per contract and supplier", example = "1520")
            long contracts,
            @Schema(description = "The contracts of the top organizations", example = "611") long topContracts,
            @Schema(description = "topContracts / contracts, 6 decimals", example = "0.401974") BigDecimal topShare,
            @Schema(description = "Herfindahl–Hirschman index, 0 to 10,000, 2 decimals", example = "412.37") BigDecimal hhi) {
    }

    /** Concentration by amount in one currency. */
    @Schema(name = "StatsCurrencyShare", description = "Concentration by amount in one currency")
    public record CurrencyShare(
            @Schema(example = "USD", nullable = true) String currency,
            @Schema(description = "Organizations with a contract value in this currency", example = "633") long organizations,
            @Schema(description = "The amounts credited: for suppliers, a contract's whole value to each of its "
                    + "suppliers", example = "48213377.12") BigDecimal amount,
            @Schema(description = "The amount of the top organizations in this currency", example = "30133900.50")
            BigDecimal topAmount,
            @Schema(description = "topAmount / amount, 6 decimals; null when amount is 0", nullable = true,
                    example = "0.625012") BigDecimal topShare,
            @Schema(description = "Herfindahl–Hirschman index on amount shares, 0 to 10,000, 2 decimals; null when "
                    + "amount is 0", nullable = true, example = "1520.44") BigDecimal hhi) {
    }
}
