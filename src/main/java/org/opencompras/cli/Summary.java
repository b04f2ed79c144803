package org.opencompras.cli;

import org.opencompras.ingest.IngestReport;

/** The closing summary of an ingest, as printed on the command line. */
final class Summary {

    private static final int LISTED = 20;

    private Summary() {
    }

    static String of(IngestReport report) {
        var text = new StringBuilder(String.format("""
                Ingest into source '%s' finished in %.1f s (%.1f MB read)
                  releases read:       %,d
                  inserted:            %,d
                  replaced:            %,d
                  duplicates:          %,d
                  rejected:            %,d
                  processes compiled:  %,d
                """, report.source(), report.seconds(), report.bytesRead() / 1e6, report.releasesRead(),
                report.inserted(), report.replaced(), report.duplicates(), report.rejectedCount(),
                report.processesCompiled()));
        report.rejected().stream().limit(LISTED)
                .forEach(r -> text.append("  rejected ").append(r.position()).append(": ").append(r.reason())
                        .append('\n'));
        if (report.rejectedCount() > LISTED) {
            text.append(String.format("  ... and %,d more rejections%n", report.rejectedCount() - LISTED));
        }
        return text.toString();
    }
}
