package org.opencompras.parties;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as the supplier and buyer lists show it. */
@Schema(description = "A supplier or buyer, with its totals in that role as of the last finished ingest")
public record OrganizationItem(
        @Schema(description = "Its id, for /suppliers/{id} and /buyers/{id} and the `supplier` and `buyer` filters",
                example = "EC-RUC-0993038210001") String id,
        @Schema(description = "The name it was first seen with", example = "MAXINSUMO S.A.") String name,
        @Schema(nullable = true) OrganizationFacts.Identifier identifier,
        @Schema(nullable = true) OrganizationFacts.Ruc ruc,
        Totals totals,
        PartyLinks.Links links) {

    /** Counts and contract values in this role. */
    @Schema(name = "OrganizationItemTotals", description = "Awards and contracts in this role: for a supplier its awards and their contracts, for a "
            + "buyer the awards and contracts of its processes; contract values per currency")
    public record Totals(@Schema(example = "57") long awards,
                         @Schema(example = "54") long contracts,
                         List<CurrencyTotal> values) {
    }
}
