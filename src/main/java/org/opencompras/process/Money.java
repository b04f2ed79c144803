package org.opencompras.process;

import java.math.BigDecimal;

/**
 * An OCDS {@code value}: an exact amount and its ISO 4217 currency, either of which may be null
 * when the data gave none or an unusable one.
 */
public record Money(BigDecimal amount, String currency) {

    /** No amount and no currency. */
    public static final Money NONE = new Money(null, null);
}
