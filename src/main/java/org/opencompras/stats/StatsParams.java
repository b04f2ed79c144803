package org.opencompras.stats;

import java.math.BigDecimal;
import java.util.List;
import org.opencompras.common.api.Params;
import org.opencompras.common.problem.ProblemException;

/** Checks of the statistics' own parameters; a bad value is a 400 naming the parameter and what is allowed. */
final class StatsParams {

    private StatsParams() {
    }

    /** One value of {@code allowed}; {@code fallback} when absent (null: the parameter is required). */
    static String choice(String name, String raw, List<String> allowed, String fallback) {
        if (raw == null || raw.isEmpty()) {
            if (fallback == null) {
                throw ProblemException.invalidParameter(name, "required: one of " + String.join(", ", allowed));
            }
            return fallback;
        }
        if (!allowed.contains(raw)) {
            throw ProblemException.invalidParameter(name, "one of " + String.join(", ", allowed) + " (got '"
                    + Params.shown(raw) + "')");
        }
        return raw;
    }

    /** An integer from {@code min} to {@code max}; {@code fallback} when absent. */
    static int integer(String name, String raw, int min, int max, int fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        String allowed = "an integer from " + min + " to " + max;
        if (!raw.matches("-?\\d{1,9}")) {
            throw ProblemException.invalidParameter(name, allowed + " (got '" + Params.shown(raw) + "')");
        }
        int value = Integer.parseInt(raw);
        if (value < min || value > max) {
            throw ProblemException.invalidParameter(name, allowed + " (got " + value + ")");
        }
        return value;
    }

    /** A share: a decimal from 0 (inclusive) to 1 (exclusive), such as 0.5; {@code fallback} when absent. */
    static BigDecimal share(String name, String raw, BigDecimal fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        String allowed = "a decimal from 0 to less than 1, such as 0.5";
        if (!raw.matches("[01]?(\\.\\d{1,6})?") || raw.equals(".")) {
            throw ProblemException.invalidParameter(name, allowed + " (got '" + Params.shown(raw) + "')");
        }
        BigDecimal value = new BigDecimal(raw.startsWith(".") ? "0" + raw : raw);
        if (value.compareTo(BigDecimal.ONE) >= 0) {
            throw ProblemException.invalidParameter(name, allowed + " (got " + raw + ")");
        }
        return value;
    }
}
