package org.opencompras.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opencompras.ingest.read.ReadProgress;

/** Prints, every two seconds, how far an ingest has got: releases per second, MB read, time left. */
final class ProgressPrinter implements AutoCloseable {

    private static final long PERIOD_SECONDS = 2;

    private final ReadProgress progress;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ingest-progress");
        thread.setDaemon(true);
        return thread;
    });

    private ProgressPrinter(ReadProgress progress, PrintStream out) {
        this.progress = progress;
        this.out = out;
    }

    static ProgressPrinter start(ReadProgress progress, PrintStream out) {
        var printer = new ProgressPrinter(progress, out);
        printer.timer.scheduleAtFixedRate(printer::print, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        return printer;
    }

    private void print() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long releases = progress.releasesRead();
        long bytes = progress.bytesRead();
        long total = progress.totalBytes();
        var line = new StringBuilder(String.format("%,d releases (%,.0f/s), %.1f MB read", releases,
                releases / seconds, bytes / 1e6));
        if (total > 0 && bytes > 0) {
            double fraction = Math.min(1.0, (double) bytes / total);
            long left = Math.round(seconds / fraction - seconds);
            line.append(String.format(" of %.1f MB (%.0f%%), ETA %d:%02d", total / 1e6, fraction * 100,
                    left / 60, left % 60));
        }
        out.println(line);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
