package org.opencompras.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.opencompras.ingest.IngestFailure;
import org.opencompras.ingest.IngestReport;
import org.opencompras.ingest.IngestService;
import org.opencompras.ingest.SourceName;
import org.opencompras.ingest.read.ReadProgress;

/**
 * {@code ingest [--source NAME] PATH...}: loads files or directories, shows progress on stderr and ends
 * with a summary. Exit 0 when everything loaded, 2 when some releases were rejected, 1 when it could not run.
 */
@ApplicationScoped
public class IngestCommand {

    public static final String USAGE = "  ingest [--source NAME] PATH...   load OCDS files, archives or directories";

    private static final Logger LOG = Logger.getLogger(IngestCommand.class);

    @Inject
    IngestService ingest;

    public int run(String... args) {
        String source = SourceName.DEFAULT_CLI;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--source")) {
                if (i + 1 == args.length) {
                    return usage("--source needs a name");
                }
                source = args[++i];
                if (!SourceName.isValid(source)) {
                    return usage("--source: " + SourceName.RULE);
                }
            } else if (args[i].startsWith("--")) {
                return usage("unknown option " + args[i]);
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            return usage("no file given");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                return usage("no such file or directory: " + path);
            }
        }
        var progress = new ReadProgress();
        var reader = ingest.reader();
        try (var printer = ProgressPrinter.start(progress, System.err)) {
            IngestReport report = ingest.ingest(source, "cli",
                    sink -> paths.forEach(path -> reader.read(path, sink, progress)), progress);
            printer.close();
            System.err.print(Summary.of(report));
            return report.complete() ? 0 : 2;
        } catch (IngestFailure e) {
            return stopped(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Ingest stopped", e);
            return stopped(e.getMessage() == null ? "unexpected error (see the log above)" : e.getMessage());
        }
    }

    private static int stopped(String why) {
        System.err.println("Ingest stopped: " + why);
        System.err.println("What was committed before stays; run the same command again to finish.");
        return 1;
    }

    private static int usage(String problem) {
        System.err.println("ingest: " + problem + "\nUsage:\n" + USAGE);
        return 1;
    }
}
