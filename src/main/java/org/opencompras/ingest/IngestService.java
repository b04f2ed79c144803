package org.opencompras.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.common.json.Json;
import org.opencompras.ingest.IngestReport.Rejection;
import org.opencompras.ingest.StoredRelease.ReleaseKey;
import org.opencompras.ingest.read.InputRefused;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.PackageInfo;
import org.opencompras.ingest.read.ReadLimits;
import org.opencompras.ingest.read.ReadProgress;
import org.opencompras.ingest.read.ReleaseInput;
import org.opencompras.ingest.read.ReleaseSink;

/**
 * Takes releases from a reader into the database, one atomic batch at a time, and sums up what happened.
 * The command line, the HTTP endpoint and the sample loader all come through here.
 */
@ApplicationScoped
public class IngestService {

    /** More rejections than this are counted but not listed one by one. */
    static final int MAX_LISTED_REJECTIONS = 1000;

    /**
     * A batch is also closed when its releases' text reaches this many characters: a batch is held in memory
     * whole, then compiled from trees several times its size, and 500 releases may each be large.
     */
    static final long MAX_BATCH_CHARS = 32L << 20;

    @Inject
    Event<IngestFinished> finished;

    @Inject
    IngestRuns runs;

    @Inject
    ReleaseBatchLoader loader;

    @Inject
    OpenComprasConfig config;

    /**
     * Runs one ingest.
     *
     * @param source   the name the releases are filed under
     * @param channel  how they came in ({@code cli}, {@code http}, {@code sample})
     * @param reading  feeds the sink, typically {@code sink -> reader.read(path, sink, progress)}
     * @param progress the counters the reader keeps, for the report's byte count
     */
    public IngestReport ingest(String source, String channel, Consumer<ReleaseSink> reading, ReadProgress progress) {
        return ingest(source, channel, reading, progress, true);
    }

    /**
     * Runs one ingest of several in a row, such as the units of a harvest: with {@code announce} false the derived
     * data are not refreshed after it, and the caller fires {@link IngestFinished} once the last one is done.
     */
    public IngestReport ingest(String source, String channel, Consumer<ReleaseSink> reading, ReadProgress progress,
            boolean announce) {
        long started = System.nanoTime();
        int sourceId = runs.sourceId(source);
        try (IngestRuns.LiveRun run = runs.start(sourceId, channel)) {
            var sink = new BatchingSink(sourceId, run.id(), config.ingest().batchSize());
            String status = IngestRuns.FAILED;
            try {
                try {
                    reading.accept(sink);
                } catch (InputRefused e) {
                    // The releases read before the input stopped are whole: they are stored like any others, and
                    // sending the input again finishes the job.
                    sink.flush();
                    status = IngestRuns.INCOMPLETE;
                    throw new IngestIncomplete(e, sink.report(source, progress, started));
                }
                sink.flush();
                if (sink.lastPackage != null) {
                    runs.describeSource(sourceId, sink.lastPackage);
                }
                // Before the derived data are refreshed from these tables, unless the last batch just did.
                if (sink.written() >= config.ingest().statisticsAfter() && sink.written() > sink.analyzedAt) {
                    runs.refreshStatistics();
                }
                status = IngestRuns.COMPLETED;
            } finally {
                runs.finish(run.id(), sink.read, sink.rejectedCount, status);
                if (announce) {
                    finished.fire(new IngestFinished(run.id()));
                }
            }
            return sink.report(source, progress, started);
        }
    }

    /** A reader that keeps to the configured limits of what one release and one input may cost. */
    public OcdsReader reader() {
        var limits = config.ingest();
        return new OcdsReader(Json.mapper(), new ReadLimits(limits.maxReleaseBytes().asLongValue(),
                limits.maxReleaseValues(), limits.maxDecompressedBytes().asLongValue()));
    }

    /** Collects releases into batches; a release seen twice in one batch with new content closes the batch first. */
    private final class BatchingSink implements ReleaseSink {
        private final int sourceId;
        private final long runId;
        private final int batchSize;
        private final Map<ReleaseKey, StoredRelease> batch = new LinkedHashMap<>();
        private long batchChars;
        private final List<Rejection> rejections = new ArrayList<>();
        private long read;
        private long inserted;
        private long replaced;
        private long duplicates;
        private long compiled;
        private long rejectedCount;
        private PackageInfo lastPackage;
        private long nextStatistics = config.ingest().statisticsAfter();
        private long analyzedAt;

        BatchingSink(int sourceId, long runId, int batchSize) {
            this.sourceId = sourceId;
            this.runId = runId;
            this.batchSize = batchSize;
        }

        @Override
        public void release(ReleaseInput input) {
            read++;
            StoredRelease release = StoredRelease.of(input.release(), input.publishedText());
            StoredRelease earlier = batch.get(release.key());
            if (earlier != null && earlier.hash().equals(release.hash())) {
                duplicates++;
                return;
            }
            if (earlier != null) {
                flush();
            }
            batch.put(release.key(), release);
            batchChars += release.json().length();
            if (batch.size() >= batchSize || batchChars >= MAX_BATCH_CHARS) {
                flush();
            }
        }

        @Override
        public void rejected(String position, String reason) {
            read++;
            rejectedCount++;
            if (rejections.size() < MAX_LISTED_REJECTIONS) {
                rejections.add(new Rejection(position, reason));
            }
        }

        @Override
        public void packageRead(PackageInfo packageInfo) {
            lastPackage = packageInfo;
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            BatchOutcome outcome = loader.load(sourceId, runId, new ArrayList<>(batch.values()));
            batch.clear();
            batchChars = 0;
            inserted += outcome.inserted();
            replaced += outcome.replaced();
            duplicates += outcome.duplicates();
            compiled += outcome.processesCompiled();
            if (written() >= nextStatistics) {
                runs.refreshStatistics();
                analyzedAt = written();
                nextStatistics *= 2;
            }
        }

        long written() {
            return inserted + replaced;
        }

        IngestReport report(String source, ReadProgress progress, long started) {
            return new IngestReport(source, read, inserted, replaced, duplicates, rejectedCount,
                    List.copyOf(rejections), compiled, progress.bytesRead(), (System.nanoTime() - started) / 1e9);
        }
    }
}
