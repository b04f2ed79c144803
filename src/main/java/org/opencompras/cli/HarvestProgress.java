package org.opencompras.cli;

import java.io.PrintStream;
import org.opencompras.harvest.HarvestListener;
import org.opencompras.harvest.UnitOutcome;

/** Prints a line on stderr as each unit ends: what it was, what it loaded, and the time left when that is known. */
final class HarvestProgress implements HarvestListener {

    private final PrintStream out;
    private final long started = System.nanoTime();

    HarvestProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void unitDone(UnitOutcome unit, int done, int planned) {
        var line = new StringBuilder(planned > 0 ? String.format("[%d/%d] ", done, planned)
                : String.format("[%d] ", done));
        line.append(unit.key()).append(": ");
        switch (unit.result()) {
            case LOADED -> line.append(String.format("loaded %,d releases (%,d new, %,d replaced), %.1f MB",
                    unit.releasesRead(), unit.releasesNew(), unit.releasesReplaced(), unit.bytes() / 1e6));
            case UNCHANGED -> line.append("unchanged");
            case FAILED -> line.append("FAILED: ").append(unit.reason());
        }
        if (planned > done) {
            double seconds = (System.nanoTime() - started) / 1e9;
            long left = Math.round(seconds / done * (planned - done));
            line.append(String.format("; ETA %d:%02d", left / 60, left % 60));
        }
        out.println(line);
    }

    @Override
    public void note(String message) {
        out.println(message);
    }
}
