package org.opencompras.redflags;

import java.math.BigDecimal;

/**
 * One indicator's result for one process.
 *
 * @param value     the measured quantity (days, a ratio, a count), null for yes/no indicators
 * @param threshold the threshold or fence the value was compared with, null when none applies
 * @param reason    why the indicator could not be computed, null otherwise
 */
record Assessment(Outcome outcome, BigDecimal value, BigDecimal threshold, String reason) {

    static Assessment notComputable(String reason) {
        return new Assessment(Outcome.notComputable, null, null, reason);
    }

    static Assessment of(boolean flagged, BigDecimal value, BigDecimal threshold) {
        return new Assessment(flagged ? Outcome.flagged : Outcome.notFlagged, value, threshold, null);
    }

    static Assessment of(boolean flagged) {
        return of(flagged, null, null);
    }
}
