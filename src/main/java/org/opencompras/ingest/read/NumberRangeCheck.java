package org.opencompras.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds numbers whose magnitude does not fit a double (such as {@code 1e9999} or {@code 1e-9999}). They
 * parse as exact decimals, but no later stage (database, API clients) could hold them.
 */
final class NumberRangeCheck {

    private static final int SHOWN_DIGITS = 20;

    private NumberRangeCheck() {
    }

    /** The first out-of-range number in the tree, as a reason naming its path, or null if there is none. */
    static String firstProblem(JsonNode root) {
        // Nearly every release passes: look without building paths, and build them only to name a problem.
        return hasProblem(root) ? find(root, "") : null;
    }

    private static boolean hasProblem(JsonNode node) {
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (hasProblem(child)) {
                    return true;
                }
            }
            return false;
        }
        return node.isBigDecimal() && outOfRange(node.decimalValue())
                || node.isBigInteger() && Double.isInfinite(node.bigIntegerValue().doubleValue());
    }

    private static String find(JsonNode node, String path) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String problem = find(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String problem = find(node.get(i), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isBigDecimal() && outOfRange(node.decimalValue())) {
            return path + ": number " + show(node.decimalValue()) + " is out of range";
        } else if (node.isBigInteger() && Double.isInfinite(node.bigIntegerValue().doubleValue())) {
            return path + ": number " + show(node.bigIntegerValue()) + " is out of range";
        }
        return null;
    }

    private static boolean outOfRange(BigDecimal value) {
        double asDouble = value.doubleValue();
        return Double.isInfinite(asDouble) || (asDouble == 0.0 && value.signum() != 0);
    }

    /** Scientific notation as publishers write it: 1E+9999 becomes 1e9999. */
    private static String show(BigDecimal value) {
        return value.toString().replace("E+", "e").replace('E', 'e');
    }

    private static String show(BigInteger value) {
        String digits = value.abs().toString();
        String sign = value.signum() < 0 ? "-" : "";
        if (digits.length() <= SHOWN_DIGITS) {
            return sign + digits;
        }
        return sign + digits.substring(0, SHOWN_DIGITS) + "... (" + digits.length() + " digits)";
    }
}
