package org.opencompras.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.net.URI;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.opencompras.harvest.HarvestReport;
import org.opencompras.harvest.HarvestService;
import org.opencompras.harvest.SercopHarvest;
import org.opencompras.harvest.UrlHarvest;
import org.opencompras.ingest.SourceName;

/**
 * {@code harvest sercop ...} and {@code harvest url ...}: fetches publishers' data and loads what changed. Progress
 * goes to stderr. Exit 0 when every unit loaded (or was unchanged), 2 when some failed (each named with its reason),
 * 1 when it could not run.
 */
@ApplicationScoped
public class HarvestCommand {

    public static final String USAGE = """
              harvest sercop [--proxy HOST:PORT]                 every SERCOP month not loaded yet, and the last ones again
              harvest sercop --mode bulk --from YYYY-MM [--to YYYY-MM] [--proxy HOST:PORT]
              harvest sercop --mode api --year YYYY [--max-requests N] [--proxy HOST:PORT]
              harvest url --source NAME [--proxy HOST:PORT] URL...  any OCDS file, fetched again when it changes""";

    private static final Logger LOG = Logger.getLogger(HarvestCommand.class);
    private static final Set<String> VALUED = Set.of("--mode", "--from", "--to", "--year", "--max-requests",
            "--proxy", "--source");

    @Inject
    SercopHarvest sercop;

    @Inject
    UrlHarvest url;

    public int run(String... args) {
        return run(System.err, args);
    }

    public int run(PrintStream err, String... args) {
        if (args.length == 0) {
            return usage(err, "say what to harvest: sercop or url");
        }
        Map<String, String> options = new HashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (VALUED.contains(args[i])) {
                if (i + 1 == args.length) {
                    return usage(err, args[i] + " needs a value");
                }
                options.put(args[i], args[++i]);
            } else if (args[i].startsWith("--")) {
                return usage(err, "unknown option " + args[i]);
            } else {
                operands.add(args[i]);
            }
        }
        try {
            HarvestReport report = switch (args[0]) {
                case "sercop" -> sercop(err, options, operands);
                case "url" -> url(err, options, operands);
                default -> throw new IllegalArgumentException("unknown target '" + args[0] + "': sercop or url");
            };
            err.print(HarvestSummary.of(report));
            return report.complete() ? 0 : 2;
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (HarvestService.Busy e) {
            return stopped(err, e.getMessage() + "; try again when it is done");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stopped(err, "interrupted");
        } catch (SQLException | RuntimeException e) {
            LOG.error("Harvest stopped", e);
            return stopped(err, e.getMessage() == null ? "unexpected error (see the log above)" : e.getMessage());
        }
    }

    private HarvestReport sercop(PrintStream err, Map<String, String> options, List<String> operands)
            throws HarvestService.Busy, InterruptedException, SQLException {
        if (!operands.isEmpty()) {
            throw new IllegalArgumentException("unexpected argument " + operands.get(0));
        }
        Optional<String> proxy = Optional.ofNullable(options.get("--proxy"));
        var progress = new HarvestProgress(err);
        String mode = options.getOrDefault("--mode", "default");
        return switch (mode) {
            case "default" -> {
                allowOnly(options, "--mode", "--proxy");
                yield sercop.refresh(proxy, progress);
            }
            case "bulk" -> {
                allowOnly(options, "--mode", "--from", "--to", "--proxy");
                YearMonth current = sercop.currentMonthInEcuador();
                YearMonth from = month(options.get("--from"), "--from", null);
                if (from == null) {
                    throw new IllegalArgumentException("--mode bulk needs --from YYYY-MM");
                }
                YearMonth to = month(options.get("--to"), "--to", current);
                if (from.isAfter(to)) {
                    throw new IllegalArgumentException("--from " + from + " is after --to " + to);
                }
                if (to.isAfter(current)) {
                    throw new IllegalArgumentException("--to " + to + " is in the future (this is " + current + ")");
                }
                yield sercop.bulk(from, to, proxy, progress);
            }
            case "api" -> {
                allowOnly(options, "--mode", "--year", "--max-requests", "--proxy");
                int year = positive(options.get("--year"), "--year", -1);
                if (year < 0) {
                    throw new IllegalArgumentException("--mode api needs --year YYYY");
                }
                long budget = positive(options.get("--max-requests"), "--max-requests", Long.MAX_VALUE);
                yield sercop.api(year, budget, proxy, progress);
            }
            default -> throw new IllegalArgumentException("--mode is bulk or api, not '" + mode + "'");
        };
    }

    private HarvestReport url(PrintStream err, Map<String, String> options, List<String> operands)
            throws HarvestService.Busy, InterruptedException, SQLException {
        allowOnly(options, "--source", "--proxy");
        String source = options.get("--source");
        if (source == null || !SourceName.isValid(source)) {
            throw new IllegalArgumentException("--source NAME is required: " + SourceName.RULE);
        }
        if (operands.isEmpty()) {
            throw new IllegalArgumentException("no URL given");
        }
        List<URI> urls = new ArrayList<>();
        for (String operand : operands) {
            URI uri;
            try {
                uri = URI.create(operand);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a URL: " + operand);
            }
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not an http or https URL: " + operand);
            }
            urls.add(uri);
        }
        return url.run(source, urls, Optional.ofNullable(options.get("--proxy")), new HarvestProgress(err));
    }

    private static void allowOnly(Map<String, String> options, String... allowed) {
        Set<String> permitted = Set.of(allowed);
        for (String option : options.keySet()) {
            if (!permitted.contains(option)) {
                throw new IllegalArgumentException(option + " does not apply here");
            }
        }
    }

    private static YearMonth month(String value, String option, YearMonth otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " is a month such as 2020-03, not '" + value + "'");
        }
    }

    private static int positive(String value, String option, int otherwise) {
        return (int) positive(value, option, (long) otherwise);
    }

    private static long positive(String value, String option, long otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // Reported below with the option's name.
        }
        throw new IllegalArgumentException(option + " is a positive whole number, not '" + value + "'");
    }

    private static int stopped(PrintStream err, String why) {
        err.println("Harvest stopped: " + why);
        err.println("What was loaded before stays; run the same command again to go on.");
        return 1;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("harvest: " + problem + "\nUsage:\n" + USAGE);
        return 1;
    }
}
