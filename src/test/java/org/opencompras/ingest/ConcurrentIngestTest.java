package org.opencompras.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.common.json.Json;
import org.opencompras.generate.SampleGenerator;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.ReadProgress;

/** Two ingests of the same data at once (say the command line and the HTTP endpoint) both finish, with one copy. */
@QuarkusTest
class ConcurrentIngestTest {

    private static final int PROCESSES = 80;

    @Inject
    IngestService ingest;

    @Test
    void shouldLetTwoIngestsOfTheSameDataFinishWithEveryReleaseStoredOnce() throws Exception {
        Path file = Files.createTempFile("concurrent", ".jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SampleGenerator(31).generate(PROCESSES, out, SampleGenerator.Format.JSON_LINES);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<IngestReport>> runs = pool.invokeAll(List.of(load(file), load(file)));
            IngestReport first = runs.get(0).get();
            IngestReport second = runs.get(1).get();

            assertThat(first.rejectedCount() + second.rejectedCount()).isZero();
            assertThat(first.inserted() + second.inserted()).isEqualTo(first.releasesRead());
            assertThat(first.duplicates() + second.duplicates()).isEqualTo(first.releasesRead());
            assertThat(first.replaced() + second.replaced()).isZero();
        } finally {
            pool.shutdown();
        }
        assertThat(TestDatabase.count("select count(*) from process p join source s on s.id = p.source_id "
                + "where s.name = 'concurrent-test'")).isEqualTo(PROCESSES);
        assertThat(TestDatabase.count("select count(*) from process p join source s on s.id = p.source_id "
                + "where s.name = 'concurrent-test' and p.release_count <> "
                + "(select count(*) from release r where r.ocid = p.ocid)")).isZero();
    }

    private Callable<IngestReport> load(Path file) {
        return () -> {
            var progress = new ReadProgress();
            var reader = new OcdsReader(Json.mapper());
            return ingest.ingest("concurrent-test", "cli", sink -> reader.read(file, sink, progress), progress);
        };
    }
}
