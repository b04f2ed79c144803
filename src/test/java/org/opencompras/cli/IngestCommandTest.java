package org.opencompras.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.TestReleases;

@QuarkusMainTest
class IngestCommandTest {

    @Test
    void shouldExitZeroAndSummariseWhenEverythingLoaded(QuarkusMainLauncher launcher) throws IOException {
        Path file = Files.createTempFile("cli-ok", ".json");
        Files.writeString(file, TestReleases.release("ocds-t3-cli-ok", "1", "2024-06-01T00:00:00Z"));

        LaunchResult result = launcher.launch("ingest", "--source", "cli-test", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.getErrorOutput()).contains("inserted:            1").contains("rejected:            0");
        assertThat(TestDatabase.count("select count(*) from release where ocid = 'ocds-t3-cli-ok'")).isEqualTo(1);
    }

    @Test
    void shouldExitTwoAndListRejectionsWhenSomeReleasesAreBad(QuarkusMainLauncher launcher) throws IOException {
        Path file = Files.createTempFile("cli-bad", ".jsonl");
        Files.writeString(file, TestReleases.release("ocds-t3-cli-bad", "1", "2024-06-01T00:00:00Z") + "\n"
                + "{\"ocid\": \"ocds-t3-cli-bad\", \"id\": \"2\", \"date\": \"yesterday\"}\n"
                + "{not json\n");

        LaunchResult result = launcher.launch("ingest", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("rejected:            2").contains("line 2").contains("line 3");
        assertThat(TestDatabase.count("select count(*) from release where ocid = 'ocds-t3-cli-bad'")).isEqualTo(1);
    }

    @Test
    void shouldRejectAFileInTooManyLayersOfCompressionAndLoadTheNext(QuarkusMainLauncher launcher) throws IOException {
        Path dir = Files.createTempDirectory("cli-layers");
        byte[] nested = TestReleases.release("ocds-t3-cli-nested", "1", "2024-06-01T00:00:00Z")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            nested = gzip(nested);
        }
        Files.write(dir.resolve("a-nested.json.gz"), nested);
        Files.writeString(dir.resolve("b-plain.json"), TestReleases.release("ocds-t3-cli-plain", "1",
                "2024-06-01T00:00:00Z"));

        LaunchResult result = launcher.launch("ingest", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput())
                .contains("rejected a-nested.json.gz: more than 4 layers of compression (gzip or zip inside one another)");
        assertThat(TestDatabase.count("select count(*) from release where ocid = 'ocds-t3-cli-plain'")).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from release where ocid = 'ocds-t3-cli-nested'")).isZero();
    }

    private static byte[] gzip(byte[] content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }

    @Test
    void shouldExitOneWhenItCannotRun(QuarkusMainLauncher launcher) {
        LaunchResult missing = launcher.launch("ingest", "/nonexistent/file.json");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.getErrorOutput()).contains("no such file or directory");

        LaunchResult unknown = launcher.launch("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.getErrorOutput()).contains("Unknown command");
    }
}
