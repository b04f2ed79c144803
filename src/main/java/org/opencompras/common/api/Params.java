package org.opencompras.common.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.opencompras.common.problem.ProblemException;

/**
 * Reads query parameters the API's way: each is taken as text and checked here, so that a bad value gets a
 * 400 naming the parameter and what is allowed, never a framework's 404 or a silently changed value.
 */
public final class Params {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;
    private static final int MAX_TEXT = 200;
    private static final int MAX_YEAR = 9999;

    private Params() {
    }

    /** The page size: 1 to 500, default 50; never clamped. */
    public static int limit(String raw) {
        return limit(raw, DEFAULT_LIMIT);
    }

    public static int limit(String raw, int defaultLimit) {
        if (raw == null || raw.isEmpty()) {
            return defaultLimit;
        }
        String allowed = "an integer from 1 to " + MAX_LIMIT;
        if (!raw.matches("\\d{1,9}")) {
            throw ProblemException.invalidParameter("limit", allowed + " (got '" + shown(raw) + "')");
        }
        int limit = Integer.parseInt(raw);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidParameter("limit", allowed + " (got " + limit + ")");
        }
        return limit;
    }

    /** {@code true} or {@code false}; null when absent. */
    public static Boolean bool(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidParameter(name, "true or false (got '" + shown(raw) + "')");
        };
    }

    /**
     * An instant: an ISO 8601 date-time with a zone offset ({@code 2020-03-16T00:00:00-05:00}), or a date
     * ({@code 2020-03-16}) meaning its first instant in UTC, or, when {@code endOfDay}, the first instant of the
     * next day (so that {@code signedTo=2020-03-31} takes in all of that day). Null when absent, and for the whole
     * of 9999-12-31 as an upper bound: nothing the API holds is later, so it bounds nothing.
     */
    public static OffsetDateTime instant(String name, String raw, boolean endOfDay) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String refused = "an ISO 8601 date (2020-03-16) or date-time with a zone (2020-03-16T08:00:00-05:00) "
                + "from year 1 to 9999 in UTC (got '" + shown(raw) + "')";
        String text = raw.strip();
        OffsetDateTime instant;
        boolean wholeDay = text.length() == 10;
        try {
            instant = wholeDay
                    ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                    // A '+' written unencoded in a query string arrives as a space: it is read back as the '+' it was.
                    : OffsetDateTime.parse(text.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, refused);
        }
        // Years RFC 3339 can write, and the database compare with; beyond them a date is surely a mistake.
        int year = instant.withOffsetSameInstant(ZoneOffset.UTC).getYear();
        if (year < 1 || year > MAX_YEAR) {
            throw ProblemException.invalidParameter(name, refused);
        }
        if (wholeDay && endOfDay) {
            LocalDate next = instant.toLocalDate().plusDays(1);
            return next.getYear() > MAX_YEAR ? null : next.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        return instant;
    }

    /** A decimal amount, exact ({@code 1500}, {@code 1500.25}); null when absent. */
    public static BigDecimal amount(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!raw.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
            throw ProblemException.invalidParameter(name, "a decimal number such as 1500 or 1500.25 (got '"
                    + shown(raw) + "')");
        }
        return new BigDecimal(raw);
    }

    /** An ISO 4217 currency code; null when absent. */
    public static String currency(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!raw.matches("[A-Z]{3}")) {
            throw ProblemException.invalidParameter(name, "an ISO 4217 currency code such as USD (got '"
                    + shown(raw) + "')");
        }
        return raw;
    }

    /** One or more comma-separated values, each from {@code allowed}; empty when absent. */
    public static List<String> oneOf(String name, String raw, Collection<String> allowed) {
        List<String> values = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String value : raw.split(",", -1)) {
            if (!allowed.contains(value)) {
                throw ProblemException.invalidParameter(name, "one or more of " + String.join(", ", allowed)
                        + ", comma-separated (got '" + shown(value) + "')");
            }
            values.add(value);
        }
        return values;
    }

    /** Free text of at most 200 characters; null when absent or blank. */
    public static String text(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TEXT || raw.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidParameter(name, "text of at most " + MAX_TEXT
                    + " characters, without control characters");
        }
        return raw.strip();
    }

    /** A value as it may be echoed in a message: control characters escaped, long values cut. */
    public static String shown(String raw) {
        var text = new StringBuilder();
        raw.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c)) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return raw.length() > 60 ? text + "..." : text.toString();
    }
}
