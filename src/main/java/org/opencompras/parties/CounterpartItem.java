package org.opencompras.parties;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supplier's buyer, or a buyer's supplier, with what links the two. */
@Schema(description = "A counterpart: one of a supplier's buyers, or of a buyer's suppliers, with the awards and "
        + "contracts between the two")
public record CounterpartItem(
        @Schema(example = "EC-RUC-1768152560001") String id,
        @Schema(example = "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO") String name,
        @Schema(description = "Awards between the two", example = "7") long awards,
        @Schema(description = "Contracts of those awards", example = "6") long contracts,
        @Schema(description = "Values of those contracts, per currency") List<CurrencyTotal> values,
        Links links) {

    @Schema(name = "CounterpartLinks", description = "Where the counterpart is")
    public record Links(@Schema(example = "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001") String self) {
    }
}
