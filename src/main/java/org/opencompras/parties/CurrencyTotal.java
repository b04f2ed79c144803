package org.opencompras.parties;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contract values in one currency, added up. */
@Schema(description = "Contract values in one currency, added up exactly; amounts in different currencies are never "
        + "added together (currency null: the data gave none or an invalid one)")
public record CurrencyTotal(@Schema(example = "USD", nullable = true) String currency,
                            @Schema(example = "1543200.75") BigDecimal amount,
                            @Schema(description = "How many contracts have a value in this currency", example = "42")
                            long count) {
}
