package org.opencompras.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.common.json.Json;
import org.opencompras.generate.SampleGenerator;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.ReadProgress;
import org.opencompras.ingest.read.ReleaseInput;
import org.opencompras.ingest.read.ReleaseSink;

/**
 * An ingest that dies half-way leaves only whole batches behind, and running it again ends in exactly the
 * state of an uninterrupted run.
 */
@QuarkusTest
class IngestCrashSafetyTest {

    private static final int PROCESSES = 60;
    private static Path file;

    @Inject
    IngestService ingest;

    @BeforeAll
    static void generate() throws IOException {
        file = Files.createTempFile("crash-safety", ".jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SampleGenerator(99).generate(PROCESSES, out, SampleGenerator.Format.JSON_LINES);
        }
    }

    @Test
    void shouldConvergeToTheSameStateAfterACrashAndARerun() {
        IngestReport first = run(Long.MAX_VALUE);
        assertThat(first.rejectedCount()).isZero();
        assertThat(first.processesCompiled()).isGreaterThanOrEqualTo(PROCESSES);
        String uninterrupted = TestDatabase.text(StateDigest.SQL);
        IngestReport again = run(Long.MAX_VALUE);
        assertThat(again.inserted()).isZero();
        assertThat(again.duplicates()).isEqualTo(first.releasesRead());
        assertThat(TestDatabase.text(StateDigest.SQL)).isEqualTo(uninterrupted);

        StateDigest.deleteSource("crash-test");
        assertThatThrownBy(() -> run(first.releasesRead() / 2)).isInstanceOf(SimulatedCrash.class);
        assertThat(TestDatabase.text("select status from ingest_run order by id desc limit 1")).isEqualTo("failed");
        assertThat(TestDatabase.count("select count(*) from release r join source s on s.id = r.source_id "
                + "where s.name = 'crash-test'")).isBetween(1L, first.releasesRead() - 1);
        IngestReport rerun = run(Long.MAX_VALUE);
        assertThat(TestDatabase.text("select status from ingest_run order by id desc limit 1")).isEqualTo("completed");

        assertThat(rerun.inserted() + rerun.duplicates()).isEqualTo(first.releasesRead());
        assertThat(TestDatabase.text(StateDigest.SQL)).isEqualTo(uninterrupted);
    }

    /** Reads the file, dying like a killed process after the given number of releases. */
    private IngestReport run(long crashAfter) {
        var progress = new ReadProgress();
        var reader = new OcdsReader(Json.mapper());
        return ingest.ingest("crash-test", "cli", sink -> reader.read(file, new ReleaseSink() {
            long seen;

            @Override
            public void release(ReleaseInput input) {
                if (++seen > crashAfter) {
                    throw new SimulatedCrash();
                }
                sink.release(input);
            }

            @Override
            public void rejected(String position, String reason) {
                sink.rejected(position, reason);
            }
        }, progress), progress);
    }

    private static final class SimulatedCrash extends RuntimeException {
    }
}
