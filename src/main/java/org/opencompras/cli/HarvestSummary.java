package org.opencompras.cli;

import org.opencompras.harvest.HarvestReport;
import org.opencompras.harvest.UnitOutcome;
import org.opencompras.harvest.UnitOutcome.Result;

/** The closing summary of a harvest, as printed on the command line: every failed unit with its reason. */
final class HarvestSummary {

    private HarvestSummary() {
    }

    static String of(HarvestReport report) {
        long newReleases = report.units().stream().mapToLong(UnitOutcome::releasesNew).sum();
        long replaced = report.units().stream().mapToLong(UnitOutcome::releasesReplaced).sum();
        var text = new StringBuilder(String.format("""
                Harvest into source '%s' finished in %.1f s after %,d requests%s
                  units:      %,d
                  loaded:     %,d (%,d new releases, %,d replaced)
                  unchanged:  %,d
                  failed:     %,d
                """, report.source(), report.seconds(), report.requests(),
                report.budgetSpent() ? " (the request budget was spent)" : "", report.units().size(),
                report.count(Result.LOADED), newReleases, replaced, report.count(Result.UNCHANGED),
                report.count(Result.FAILED)));
        for (UnitOutcome failed : report.failures()) {
            text.append("  failed ").append(failed.key()).append(" (").append(failed.url()).append("): ")
                    .append(failed.reason()).append('\n');
        }
        return text.toString();
    }
}
