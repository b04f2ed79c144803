package org.opencompras.harvest;

import java.util.List;

/**
 * What one harvest run did.
 *
 * @param requests    requests sent, retries included
 * @param budgetSpent whether the run stopped at its {@code --max-requests}; what it did not reach waits for the next
 */
public record HarvestReport(String source, List<UnitOutcome> units, long requests, boolean budgetSpent,
        double seconds) {

    public List<UnitOutcome> failures() {
        return units.stream().filter(u -> u.result() == UnitOutcome.Result.FAILED).toList();
    }

    public long count(UnitOutcome.Result result) {
        return units.stream().filter(u -> u.result() == result).count();
    }

    public boolean complete() {
        return failures().isEmpty();
    }
}
