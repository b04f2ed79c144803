package org.opencompras.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed values (text, exact decimals, money, dates) out of a compiled release and records a
 * {@link DataIssue} for every value it had to repair or drop. One instance per extraction.
 */
final class ValueReader {

    private final List<DataIssue> issues = new ArrayList<>();

    void issue(String path, String code, String detail) {
        issues.add(new DataIssue(path, code, detail));
    }

    List<DataIssue> issues() {
        return issues;
    }

    /** The text of a scalar; null when missing, null or not a scalar. NUL characters, which PostgreSQL text cannot hold, are dropped. */
    static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText().replace("\u0000", "") : null;
    }

    /** The node when it is an array, else an empty node, so that callers can iterate without checking. */
    static JsonNode array(JsonNode node) {
        return node != null && node.isArray() ? node : MissingNode.getInstance();
    }

    static boolean isAbsent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    /**
     * An exact decimal from a JSON number, or from a numeric string (reported as {@code <what>_as_string});
     * anything else is reported as {@code invalid_<what>} and read as null.
     */
    BigDecimal decimal(JsonNode node, String path, String what) {
        if (isAbsent(node)) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                BigDecimal parsed = new BigDecimal(node.asText().trim());
                if (fitsADouble(parsed)) {
                    issue(path, what + "_as_string", node.asText());
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // falls through to the invalid case
            }
        }
        issue(path, "invalid_" + what, node.toString());
        return null;
    }

    /** Numbers beyond a double's range (1e400, 1e-400) parse exactly but no database column or client holds them. */
    private static boolean fitsADouble(BigDecimal value) {
        double approximate = value.doubleValue();
        return !Double.isInfinite(approximate) && (approximate != 0.0 || value.signum() == 0);
    }

    /** An integral count; anything else is reported as {@code invalid_number} and read as null. */
    Integer integer(JsonNode node, String path) {
        if (isAbsent(node)) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        issue(path, "invalid_number", node.toString());
        return null;
    }

    /** An OCDS value object; the currency is kept only when it is a valid ISO 4217 code. */
    Money money(JsonNode value, String path) {
        if (isAbsent(value)) {
            return Money.NONE;
        }
        if (!value.isObject()) {
            issue(path, "invalid_amount", value.toString());
            return Money.NONE;
        }
        BigDecimal amount = decimal(value.get("amount"), path + ".amount", "amount");
        return new Money(amount, currency(value.get("currency"), path + ".currency", amount != null));
    }

    private String currency(JsonNode node, String path, boolean hasAmount) {
        String code = text(node);
        if (code == null || code.isBlank()) {
            if (hasAmount) {
                issue(path, "missing_currency", isAbsent(node) ? null : node.toString());
            }
            return null;
        }
        if (CurrencyCodes.isValid(code)) {
            return code;
        }
        if (hasAmount) {
            issue(path, "invalid_currency", code);
        }
        return null;
    }

    /** An ISO 8601 date-time with an offset; a date without zone or an unparseable one is reported and read as null. */
    OffsetDateTime date(JsonNode node, String path) {
        if (isAbsent(node)) {
            return null;
        }
        if (node.isTextual()) {
            try {
                return OffsetDateTime.parse(node.asText().trim());
            } catch (DateTimeParseException e) {
                // falls through to the invalid case
            }
        }
        issue(path, "invalid_date", node.isTextual() ? node.asText() : node.toString());
        return null;
    }

    Period period(JsonNode period, String path) {
        if (isAbsent(period)) {
            return Period.NONE;
        }
        return new Period(date(period.get("startDate"), path + ".startDate"), date(period.get("endDate"), path + ".endDate"));
    }
}
