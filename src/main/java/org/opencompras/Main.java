package org.opencompras;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.opencompras.cli.GenerateCommand;
import org.opencompras.cli.HarvestCommand;
import org.opencompras.cli.IngestCommand;
import org.opencompras.common.http.RequestChecks;
import org.opencompras.sample.SampleDataLoader;

/**
 * One jar, four uses: without arguments it serves the API; {@code ingest [--source NAME] PATH...} loads
 * files; {@code harvest sercop|url ...} fetches publishers' data and loads what changed;
 * {@code generate --processes N --seed S --out FILE} writes sample data.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    @Inject
    IngestCommand ingest;

    @Inject
    HarvestCommand harvest;

    @Inject
    SampleDataLoader sampleData;

    public static void main(String... args) {
        RequestChecks.takeOverUriValidation();
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0) {
            // A command needs the database, not the HTTP server: it must not collide with a running service.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("opencompras.sample-data.load", "false");
            // The service's harvest schedules are the service's: a command run with the same settings must not fire them.
            System.setProperty("quarkus.scheduler.enabled", "false");
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            sampleData.loadInBackgroundIfEmpty();
            Quarkus.waitForExit();
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "ingest" -> ingest.run(rest);
            case "harvest" -> harvest.run(rest);
            default -> {
                System.err.println("Unknown command '" + args[0] + "'. Usage:\n" + IngestCommand.USAGE + "\n"
                        + HarvestCommand.USAGE + "\n" + GenerateCommand.USAGE + "\n  (no arguments)  serve the API");
                yield 1;
            }
        };
    }
}
