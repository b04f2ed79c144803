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
import org.opencompras.ingest.IngestReport.Rejection;
import org.opencompras.ingest.StoredRelease.ReleaseKey;
import org.opencompras.ingest.read.PackageInfo;
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
        long runId = runs.start(sourceId, channel);
        var sink = new BatchingSink(sourceId, runId, config.ingest().batchSize());
        boolean completed = false;
        try {
            reading.accept(sink);
            sink.flush();
            if (sink.lastPackage != null) {
                runs.describeSource(sourceId, sink.lastPackage);
            }
            // Before the derived data are refreshed from these tables, unless the last batch just did.
            if (sink.written() >= config.ingest().statisticsAfter() && sink.written() > sink.analyzedAt) {
                runs.refreshStatistics();
            }
            completed = true;
        } finally {
            runs.finish(runId, sink.read, sink.rejectedCount, completed);
            if (announce) {
                finished.fire(new IngestFinished(runId));
            }
        }
        return new IngestReport(source, sink.read, sink.inserted, sink.replaced, sink.duplicates, sink.rejectedCount,
                List.copyOf(sink.rejections), sink.compiled, progress.bytesRead(),
                (System.nanoTime() - started) / 1e9);
    }

    /** Collects releases into batches; a release seen twice in one batch with new content closes the batch first. */
    private final class BatchingSink implements ReleaseSink {
        private final int sourceId;
        private final long runId;
        private final int batchSize;
        private final Map<ReleaseKey, StoredRelease> batch = new LinkedHashMap<>();
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
            if (batch.size() >= batchSize) {
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
    }
}
