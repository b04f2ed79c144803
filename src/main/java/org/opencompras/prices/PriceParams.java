package org.opencompras.prices;

import java.math.BigDecimal;
import org.opencompras.common.api.Params;
import org.opencompras.common.problem.ProblemException;

/** Reads the parameters of the price comparison that the shared filters do not have. */
final class PriceParams {

    static final BigDecimal MAX_MULTIPLE = BigDecimal.valueOf(100);
    static final int MAX_FLAGGED = 500;

    private PriceParams() {
    }

    /** The flag multiple: a decimal above 1 and at most 100; the configured one when absent. */
    static BigDecimal flagMultiple(String raw, BigDecimal configured) {
        if (raw == null || raw.isEmpty()) {
            return configured;
        }
        String allowed = "a decimal number above 1 and at most 100, such as 2 or 1.5";
        if (!raw.matches("\\d{1,3}(\\.\\d{1,4})?")) {
            throw ProblemException.invalidParameter("flagMultiple", allowed + " (got '" + Params.shown(raw) + "')");
        }
        BigDecimal multiple = new BigDecimal(raw);
        if (multiple.compareTo(BigDecimal.ONE) <= 0 || multiple.compareTo(MAX_MULTIPLE) > 0) {
            throw ProblemException.invalidParameter("flagMultiple", allowed + " (got " + raw + ")");
        }
        return multiple;
    }

    /** How many flagged purchases to list per class: 0 to 500; the configured number when absent. */
    static int flaggedLimit(String raw, int configured) {
        if (raw == null || raw.isEmpty()) {
            return configured;
        }
        String allowed = "an integer from 0 to " + MAX_FLAGGED;
        if (!raw.matches("\\d{1,9}") || Integer.parseInt(raw) > MAX_FLAGGED) {
            throw ProblemException.invalidParameter("flaggedLimit", allowed + " (got '" + Params.shown(raw) + "')");
        }
        return Integer.parseInt(raw);
    }
}
