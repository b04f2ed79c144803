package org.opencompras.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How {@code id} values compare, mirroring the reference implementation (written in Python): items are matched
 * on the string form of their {@code id}, while the rebuilt release tells {@code 1} and {@code "1"} apart.
 */
final class IdValues {

    private IdValues() {
    }

    /** The string form of an {@code id} value, as Python's {@code str()} writes it. */
    static String stringForm(JsonNode id) {
        if (id == null || id.isNull()) {
            return "None";
        }
        if (id.isTextual()) {
            return id.textValue();
        }
        if (id.isIntegralNumber()) {
            return id.bigIntegerValue().toString();
        }
        if (id.isNumber()) {
            return Double.toString(id.doubleValue());
        }
        if (id.isBoolean()) {
            return id.booleanValue() ? "True" : "False";
        }
        return id.toString();
    }

    /** A value that is equal for equal {@code id}s of the same JSON type (numbers compared numerically). */
    static Object identity(JsonNode id) {
        if (id == null || id.isNull()) {
            return "null";
        }
        if (id.isNumber()) {
            return new TypedId("number", id.decimalValue().stripTrailingZeros().toPlainString());
        }
        if (id.isTextual()) {
            return new TypedId("string", id.textValue());
        }
        return new TypedId(id.getNodeType().name(), id.toString());
    }

    private record TypedId(String type, String value) {
    }
}
