package org.opencompras.prices;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What identifies an item class, and the order classes are listed in: classification code, scheme, currency
 * (unknown last), unit (none last). The key of the last class of a page is what its cursor holds.
 */
record PriceClassKey(String classificationId, String scheme, String currency, String unit) {

    static final Comparator<PriceClassKey> ORDER = Comparator
            .comparing(PriceClassKey::classificationId)
            .thenComparing(PriceClassKey::scheme, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PriceClassKey::currency, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PriceClassKey::unit, Comparator.nullsLast(Comparator.naturalOrder()));

    List<String> values() {
        return Arrays.asList(classificationId, scheme, currency, unit);
    }

    /** The key a cursor holds, or null when its values are not a key. */
    static PriceClassKey of(List<String> values) {
        if (values.size() != 4 || values.get(0) == null) {
            return null;
        }
        return new PriceClassKey(values.get(0), values.get(1), values.get(2), values.get(3));
    }

    /** The same classification in the same currency, whatever the unit. */
    boolean sameClassification(PriceClassKey other) {
        return classificationId.equals(other.classificationId) && Objects.equals(scheme, other.scheme)
                && Objects.equals(currency, other.currency);
    }
}
