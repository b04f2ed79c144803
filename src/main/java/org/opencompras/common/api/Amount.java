package org.opencompras.common.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OCDS value: an exact amount and its ISO 4217 currency (null when the data gave none or an invalid one). */
@Schema(description = "An amount with its currency, as OCDS writes values; the amount is exact, never rounded")
public record Amount(@Schema(example = "12500.50") BigDecimal amount,
                     @Schema(example = "USD", nullable = true) String currency) {

    /** Null when there is no amount. */
    public static Amount of(BigDecimal amount, String currency) {
        return amount == null ? null : new Amount(amount, currency);
    }
}
