package org.opencompras.common.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One column of a keyset order.
 *
 * @param expression the SQL expression sorted on
 * @param type       its SQL type, to read a cursor's text value back ({@code timestamptz}, {@code numeric}, {@code text}...)
 * @param nullable   whether it can be null; only the first key of an order may be
 */
public record SortKey(String expression, String type, boolean nullable) {

    /** {@code timestamptz} as PostgreSQL writes it as text: {@code 2020-03-16 10:00:00.5+00}, {@code ...-05:30}. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4,6}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?)([+-]\\d{2})(:\\d{2})?");
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final Set<String> TYPES = Set.of("text", "bigint", "int", "integer", "numeric", "real", "timestamptz");

    public SortKey {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("A sort key's type must be one whose cursor values are checked, one of "
                    + TYPES + ": " + type);
        }
    }

    public static SortKey of(String expression, String type) {
        return new SortKey(expression, type, false);
    }

    public static SortKey nullable(String expression, String type) {
        return new SortKey(expression, type, true);
    }

    /**
     * Whether a cursor's value (not null) can be read back as this key's type, as the database wrote it: the
     * database never sees a value it would refuse.
     */
    public boolean accepts(String value) {
        return switch (type) {
            case "text" -> value.indexOf('\0') < 0;
            case "bigint" -> value.matches("-?\\d{1,19}") && fitsLong(value);
            case "int", "integer" -> value.matches("-?\\d{1,10}") && (int) Long.parseLong(value) == Long.parseLong(value);
            case "numeric" -> value.matches("-?\\d+(\\.\\d+)?");
            case "real" -> value.length() <= MAX_NUMBER_LENGTH
                    && value.matches("-?\\d+(\\.\\d+)?(e[+-]?\\d{1,2})?") && Float.isFinite(Float.parseFloat(value));
            case "timestamptz" -> isTimestamp(value);
            default -> false;
        };
    }

    private static boolean fitsLong(String value) {
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isTimestamp(String value) {
        var parts = TIMESTAMP.matcher(value);
        if (!parts.matches()) {
            return false;
        }
        String offset = parts.group(3) + (parts.group(4) == null ? ":00" : parts.group(4));
        try {
            String date = parts.group(1).length() > 10 ? "+" + parts.group(1) : parts.group(1);
            OffsetDateTime.parse(date + "T" + parts.group(2) + offset);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
