package org.opencompras.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.common.json.Json;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.ReadProgress;

/**
 * A long ingest refreshes the planner's statistics as it goes (when its writes reach
 * {@code opencompras.ingest.statistics-after} releases, then each time they double) and once more before the
 * derived data are computed: lookups by ocid stay index lookups.
 */
@QuarkusTest
class IngestStatisticsTest {

    @Inject
    IngestService ingest;

    @Inject
    OpenComprasConfig config;

    @Test
    void shouldRefreshTheStatisticsDuringAndAtTheEndOfALargeIngest() throws IOException, InterruptedException {
        int releases = 2 * config.ingest().statisticsAfter() + 1;
        Path file = Files.createTempFile("statistics", ".jsonl");
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < releases; i++) {
                out.write(TestReleases.release("ocds-t9sta-" + i, "1", "2024-02-01T10:00:00Z").replace('\n', ' '));
                out.write('\n');
            }
        }
        long before = analyzeCount();
        var progress = new ReadProgress();
        var reader = new OcdsReader(Json.mapper());
        IngestReport report = ingest.ingest("statistics-test", "cli", sink -> reader.read(file, sink, progress), progress);
        Files.delete(file);

        assertThat(report.inserted()).isEqualTo(releases);
        // At the threshold and twice it, then at the end.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (analyzeCount() < before + 3 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(analyzeCount() - before).isEqualTo(3);
    }

    private static long analyzeCount() {
        return TestDatabase.count("select analyze_count from pg_stat_user_tables "
                + "where relname = 'release' and schemaname = current_schema()");
    }
}
