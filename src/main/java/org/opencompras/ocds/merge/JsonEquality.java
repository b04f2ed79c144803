package org.opencompras.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * Equality of JSON values in which numbers compare by value ({@code 1}, {@code 1.0} and {@code 1.00} are
 * equal) and object keys compare regardless of order.
 */
public final class JsonEquality {

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
    };

    private JsonEquality() {
    }

    public static boolean equal(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(NUMBERS_BY_VALUE, b);
    }
}
