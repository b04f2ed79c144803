package org.opencompras.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.opencompras.common.json.Json;
import org.opencompras.ingest.IngestFinished;
import org.opencompras.ingest.IngestReport;
import org.opencompras.ingest.IngestRuns;
import org.opencompras.ingest.IngestIncomplete;
import org.opencompras.ingest.IngestService;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.ReadProgress;

/**
 * Runs harvests: fetches each unit, skips what is the content last loaded, and ingests the rest through the
 * ordinary {@link IngestService}. Units are independent: one that fails is recorded and named, and the run goes on.
 */
@ApplicationScoped
public class HarvestService {

    static final String CHANNEL = "harvest";

    @Inject
    IngestService ingest;

    @Inject
    IngestRuns runs;

    @Inject
    HarvestUnits units;

    @Inject
    HarvestClock clock;

    @Inject
    HarvestConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    Event<IngestFinished> finished;


    /** Thrown when another harvest holds the lock: this one does not start. */
    public static final class Busy extends Exception {
        Busy() {
            super("another harvest is running against this database");
        }
    }

    /** One run's shared state: its source, its fetcher, what it did so far. */
    final class Run {
        final String source;
        final int sourceId;
        final Fetcher fetcher;
        final HarvestListener listener;
        final List<UnitOutcome> outcomes = new ArrayList<>();
        final long started = System.nanoTime();
        int planned;
        boolean budgetSpent;
        boolean ingested;

        private Run(String source, Fetcher fetcher, HarvestListener listener) {
            this.source = source;
            this.sourceId = runs.sourceId(source);
            this.fetcher = fetcher;
            this.listener = listener;
        }
    }

    /** What a run does once it holds the lock. */
    interface Plan {
        void run(Run run) throws BudgetSpent, InterruptedException, IOException;
    }

    /** Runs a plan under the harvest lock, and refreshes the derived data once at its end if anything was ingested. */
    HarvestReport run(String source, Fetcher fetcher, HarvestListener listener, Plan plan)
            throws Busy, InterruptedException, SQLException {
        try (HarvestLock lock = HarvestLock.tryTake(dataSource)) {
            if (lock == null) {
                throw new Busy();
            }
            Run run = new Run(source, fetcher, listener);
            try {
                plan.run(run);
            } catch (BudgetSpent e) {
                run.budgetSpent = true;
                listener.note("Request budget spent after " + fetcher.requests()
                        + " requests: the next run goes on from here.");
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } finally {
                if (run.ingested) {
                    finished.fire(new IngestFinished(units.lastIngestRun(run.sourceId)));
                }
            }
            return new HarvestReport(source, List.copyOf(run.outcomes), fetcher.requests(), run.budgetSpent,
                    (System.nanoTime() - run.started) / 1e9);
        }
    }

    /** Fetches one unit and ingests it unless it is the content last loaded. */
    UnitOutcome unit(Run run, UnitRef ref) throws BudgetSpent, InterruptedException {
        Optional<HarvestUnits.Known> known = units.known(run.sourceId, ref.key());
        Optional<HarvestUnits.Known> loaded = known.filter(k -> k.loadedSha256() != null);
        Download download = fetch(run, ref, known, loaded.orElse(null));
        if (download == null) {
            return run.outcomes.get(run.outcomes.size() - 1);
        }
        try {
            if (download.notModified() || loaded.map(k -> k.loadedSha256().equals(download.sha256())).orElse(false)) {
                units.unchanged(run.sourceId, ref.key(), download);
                return done(run, new UnitOutcome(ref.key(), ref.url(), UnitOutcome.Result.UNCHANGED, null, 0, 0, 0,
                        download.bytes()));
            }
            return done(run, ingest(run, ref, download));
        } finally {
            delete(download);
        }
    }

    /** Fetches a listing page and returns its JSON, or {@code null} when it failed (recorded and named). */
    JsonNode listing(Run run, UnitRef ref) throws BudgetSpent, InterruptedException {
        Download download = fetch(run, ref, units.known(run.sourceId, ref.key()), null);
        if (download == null) {
            return null;
        }
        String problem;
        try {
            JsonNode page = Json.mapper().readTree(download.file().toFile());
            if (page.path("data").isArray()) {
                units.listed(run.sourceId, ref.key(), download);
                done(run, new UnitOutcome(ref.key(), ref.url(), UnitOutcome.Result.LOADED, null, 0, 0, 0,
                        download.bytes()));
                return page;
            }
            problem = "the listing has no \"data\" array";
        } catch (IOException e) {
            problem = "the listing is not readable JSON: " + e.getMessage();
        } finally {
            delete(download);
        }
        units.failed(run.sourceId, ref.key(), problem, download.httpStatus(), download.attempts());
        done(run, UnitOutcome.failed(ref, problem));
        return null;
    }

    /**
     * Starts a unit and fetches it, conditionally when {@code loaded} gives the validators of the copy last loaded.
     * A unit that could not be fetched is recorded as failed and {@code null} returned; one the run stopped before
     * stands as it was.
     */
    private Download fetch(Run run, UnitRef ref, Optional<HarvestUnits.Known> known, HarvestUnits.Known loaded)
            throws BudgetSpent, InterruptedException {
        run.listener.unitStarted(ref, run.outcomes.size(), run.planned);
        units.started(run.sourceId, ref);
        try {
            return run.fetcher.fetch(ref.url(), loaded == null ? null : loaded.etag(),
                    loaded == null ? null : loaded.lastModified());
        } catch (UnitFailure e) {
            units.failed(run.sourceId, ref.key(), e.getMessage(), e.httpStatus(), e.attempts());
            done(run, UnitOutcome.failed(ref, e.getMessage()));
            return null;
        } catch (BudgetSpent | InterruptedException | RuntimeException e) {
            units.abandoned(run.sourceId, ref.key(), known);
            throw e;
        }
    }

    private static void delete(Download download) {
        if (download.file() != null) {
            try {
                Files.deleteIfExists(download.file());
            } catch (IOException ignored) {
                // A temporary file left behind is the operating system's to clean.
            }
        }
    }

    private UnitOutcome ingest(Run run, UnitRef ref, Download download) {
        var progress = new ReadProgress();
        run.ingested = true;
        OcdsReader reader = ingest.reader();
        IngestReport report;
        try {
            report = ingest.ingest(run.source, CHANNEL, sink -> {
                try (InputStream in = Files.newInputStream(download.file())) {
                    reader.read(in, ref.name(), sink, progress);
                } catch (IOException e) {
                    sink.rejected(ref.name(), "could not read the downloaded file: " + e.getMessage());
                }
            }, progress, false);
        } catch (IngestIncomplete e) {
            // Refused for what reading it would cost (too many layers of compression, too much decompressed):
            // what was read before it is stored, and the unit is failed with the reason.
            units.failed(run.sourceId, ref.key(), e.getMessage(), download.httpStatus(), download.attempts());
            return new UnitOutcome(ref.key(), ref.url(), UnitOutcome.Result.FAILED, e.getMessage(), 0, 0, 0,
                    download.bytes());
        }
        if (report.complete()) {
            units.loaded(run.sourceId, ref.key(), download, report, ref.listedDate());
            return new UnitOutcome(ref.key(), ref.url(), UnitOutcome.Result.LOADED, null, report.releasesRead(),
                    report.inserted(), report.replaced(), download.bytes());
        }
        IngestReport.Rejection first = report.rejected().get(0);
        String reason = String.format("%,d of %,d releases refused (first, %s: %s); the others are loaded",
                report.rejectedCount(), report.releasesRead(), first.position(), first.reason());
        units.partlyLoaded(run.sourceId, ref.key(), download, report, reason);
        return new UnitOutcome(ref.key(), ref.url(), UnitOutcome.Result.FAILED, reason, report.releasesRead(),
                report.inserted(), report.replaced(), download.bytes());
    }

    private static UnitOutcome done(Run run, UnitOutcome outcome) {
        run.outcomes.add(outcome);
        run.listener.unitDone(outcome, run.outcomes.size(), run.planned);
        return outcome;
    }
}
