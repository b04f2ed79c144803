package org.opencompras.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.ingest.read.TestInputs.bytes;
import static org.opencompras.ingest.read.TestInputs.gzip;
import static org.opencompras.ingest.read.TestInputs.read;
import static org.opencompras.ingest.read.TestInputs.release;
import static org.opencompras.ingest.read.TestInputs.releasePackage;
import static org.opencompras.ingest.read.TestInputs.releases;
import static org.opencompras.ingest.read.TestInputs.zip;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencompras.ingest.read.CollectingSink.Rejection;

class OcdsReaderBadInputTest {

    @Test
    void shouldRejectInvalidReleasesAndLoadTheRest() {
        String json = "{\"releases\":[" + release("a") + ",\"text\",{\"ocid\":\"ocds-1\",\"id\":\"2\"},"
                + "{\"ocid\":\"ocds-1\",\"id\":\"3\",\"date\":\"2020-01-01\"}," + release("b") + "]}";

        CollectingSink sink = read(json, "p.json");

        assertThat(sink.ids()).containsExactly("a", "b");
        assertThat(sink.rejections).containsExactly(
                new Rejection("p.json: releases[1]", "a release must be a JSON object, found a string"),
                new Rejection("p.json: releases[2]", "missing date"),
                new Rejection("p.json: releases[3]", "date \"2020-01-01\" is not an ISO 8601 date-time with a zone"
                        + " offset (e.g. 2020-03-01T10:00:00-05:00)"));
    }

    @Test
    void shouldRejectAReleaseWithANumberOutOfRange() {
        String json = "{\"releases\":[{\"ocid\":\"ocds-1\",\"id\":\"1\",\"date\":\"2020-01-01T00:00:00Z\","
                + "\"awards\":[{\"value\":{\"amount\":1e9999}}]}," + release("b") + "]}";

        CollectingSink sink = read(json, "p.json");

        assertThat(sink.ids()).containsExactly("b");
        assertThat(sink.rejections).containsExactly(
                new Rejection("p.json: releases[0]", "awards[0].value.amount: number 1e9999 is out of range"));
    }

    @Test
    void shouldRejectOnlyTheReleaseWhenANumberCannotEvenBeParsed() {
        String huge = "{\"ocid\":\"o\",\"id\":\"1\",\"date\":\"2020-01-01T00:00:00Z\","
                + "\"awards\":[{\"value\":{\"amount\":-1e99999999999}}],\"tag\":[\"award\"]}";
        String longNumber = "{\"ocid\":\"o\",\"id\":\"2\",\"date\":\"2020-01-01T00:00:00Z\",\"x\":"
                + "9".repeat(1200) + "}";
        String json = "{\"releases\":[" + huge + "," + longNumber + "," + release("b") + "]}" + huge;

        CollectingSink sink = read(json, "p.json");

        assertThat(sink.ids()).containsExactly("b");
        assertThat(sink.rejections).containsExactly(
                new Rejection("p.json: releases[0]", "awards[0].value.amount: number -1e99999999999 is out of range"),
                new Rejection("p.json: releases[1]", "x: number 99999999999999999999... (1200 digits) is out of range"),
                new Rejection("p.json: value 2", "awards[0].value.amount: number -1e99999999999 is out of range"));
    }

    @Test
    void shouldRejectACompiledReleaseWithANumberOutOfRange() {
        String json = "{\"records\":[{\"ocid\":\"o\",\"compiledRelease\":{\"ocid\":\"o\",\"id\":\"1\","
                + "\"date\":\"2020-01-01T00:00:00Z\",\"a\":[{\"b\":1e-99999999999}]}},"
                + "{\"ocid\":\"o\",\"compiledRelease\":" + release("b") + "}]}";

        CollectingSink sink = read(json, "r.json");

        assertThat(sink.ids()).containsExactly("b");
        assertThat(sink.rejections).containsExactly(new Rejection("r.json: records[0].compiledRelease",
                "a[0].b: number 1e-99999999999 is out of range"));
    }

    @Test
    void shouldStopAFileThatExceedsTheParserLimitsWithAReadableReason() {
        String deep = "{\"ocid\":\"o\",\"id\":\"1\",\"date\":\"2020-01-01T00:00:00Z\",\"x\":"
                + "[".repeat(1200) + "]".repeat(1200) + "}";

        CollectingSink sink = read("{\"releases\":[" + release("a") + "," + deep + "]}", "deep.json");

        assertThat(sink.ids()).containsExactly("a");
        assertThat(sink.rejections).hasSize(1);
        assertThat(sink.rejections.get(0).position()).isEqualTo("deep.json: releases[1]");
        assertThat(sink.rejections.get(0).reason())
                .matches("input exceeds a limit of the JSON parser at line 1 column \\d+: Document nesting depth "
                        + "\\(1001\\) exceeds the maximum allowed \\(1000\\)");
    }

    @Test
    void shouldStopAFileAtInvalidJsonKeepingTheReleasesBefore() {
        String json = "{\"releases\":[" + releases("a", "b") + ",{\"ocid\":\"x\",\"id\":}," + release("c") + "]}";

        CollectingSink sink = read(json, "bad.json");

        assertThat(sink.ids()).containsExactly("a", "b");
        assertThat(sink.rejections).hasSize(1);
        assertThat(sink.rejections.get(0).position()).isEqualTo("bad.json: releases[2]");
        assertThat(sink.rejections.get(0).reason()).startsWith("invalid JSON at line 1 column ");
    }

    @Test
    void shouldReportTheLineAndColumnOfInvalidJson() {
        String json = "{\"releases\":[\n" + release("a") + ",\n{\"ocid\" \"x\"}]}";

        CollectingSink sink = read(json, "bad.json");

        assertThat(sink.rejections.get(0).reason()).startsWith("invalid JSON at line 3 column 9: Unexpected character");
    }

    @Test
    void shouldReportATruncatedFile() {
        CollectingSink sink = read("{\"releases\":[" + release("a") + ",{\"ocid\":\"x\"", "cut.json");

        assertThat(sink.ids()).containsExactly("a");
        assertThat(sink.rejections.get(0).position()).isEqualTo("cut.json: releases[1]");
        assertThat(sink.rejections.get(0).reason()).startsWith("invalid JSON at line 1 column").contains("end-of-input");
    }

    @Test
    void shouldContinueWithTheNextLineAfterAnInvalidJsonLine() {
        String lines = release("a") + "\n{\"ocid\": broken\n" + release("c") + "\n";

        CollectingSink sink = read(lines, "lines.jsonl");

        assertThat(sink.ids()).containsExactly("a", "c");
        assertThat(sink.rejections.get(0).position()).isEqualTo("lines.jsonl: line 2");
        assertThat(sink.rejections.get(0).reason()).startsWith("invalid JSON at line 2 column ");
    }

    @Test
    void shouldReportInvalidUtf8WithItsPlace() {
        byte[] good = bytes("{\"releases\":[" + release("a") + ",{\"ocid\":\"caf");
        byte[] json = Arrays.copyOf(good, good.length + 3);
        json[good.length] = (byte) 0xE9;
        json[good.length + 1] = '"';
        json[good.length + 2] = '}';

        CollectingSink sink = read(json, "latin1.json");

        assertThat(sink.ids()).containsExactly("a");
        assertThat(sink.rejections.get(0).position()).isEqualTo("latin1.json: releases[1]");
        assertThat(sink.rejections.get(0).reason()).startsWith("invalid UTF-8 at line 1 column ");
    }

    @Test
    void shouldReportATruncatedGzipStream() {
        byte[] whole = gzip(bytes(releasePackage("a", "b", "c")));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 12);

        CollectingSink sink = read(truncated, "data.json.gz");

        assertThat(sink.rejections).hasSize(1);
        assertThat(sink.rejections.get(0).position()).isEqualTo("data.json.gz");
        assertThat(sink.rejections.get(0).reason()).startsWith("truncated gzip stream after " + truncated.length + " bytes");
    }

    @Test
    void shouldLoadEveryCompleteLineBeforeAGzipTruncation() throws IOException {
        var lines = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            lines.append(release("r" + i)).append('\n');
        }
        byte[] whole = gzip(bytes(lines.toString()));
        byte[] truncated = Arrays.copyOf(whole, whole.length * 3 / 5);

        CollectingSink sink = read(truncated, "data.jsonl.gz");

        assertThat(sink.ids()).hasSize(completeLinesIn(truncated));
        assertThat(sink.ids().get(sink.ids().size() - 1)).isEqualTo("r" + (sink.ids().size() - 1));
        assertThat(sink.rejections).hasSize(1);
        assertThat(sink.rejections.get(0).reason()).startsWith("truncated gzip stream");
    }

    /** How many whole lines a truncated gzip stream yields before it breaks off. */
    private static int completeLinesIn(byte[] truncatedGzip) throws IOException {
        int lines = 0;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(truncatedGzip))) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    lines++;
                }
            }
        } catch (java.io.EOFException expected) {
            return lines;
        }
        throw new AssertionError("the stream was not truncated");
    }

    @Test
    void shouldReportAFileNamedZipThatIsNoZip() {
        CollectingSink sink = read(bytes(releasePackage("a")), "dump.zip");

        assertThat(sink.rejections).containsExactly(new Rejection("dump.zip",
                "unreadable zip archive: no entries found (not a zip file, or empty)"));
    }

    @Test
    void shouldReportATruncatedZipAfterTheEntriesRead() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.json", bytes(release("a")));
        entries.put("b.json", bytes(releasePackage("b", "c", "d", "e", "f", "g")));
        byte[] whole = zip(entries);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2 + 40);

        CollectingSink sink = read(truncated, "dump.zip");

        assertThat(sink.ids()).startsWith("a");
        assertThat(sink.rejections).isNotEmpty();
        assertThat(sink.rejections.get(sink.rejections.size() - 1).reason()).startsWith("unreadable zip archive");
    }

    @Test
    void shouldContinueWithTheNextZipEntryAfterABrokenOne() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.json", bytes("{\"releases\":[" + release("a") + ",{]}"));
        entries.put("b.json.gz", Arrays.copyOf(gzip(bytes(releasePackage("x"))), 15));
        entries.put("c.json", bytes(release("c")));

        CollectingSink sink = read(zip(entries), "dump.zip");

        assertThat(sink.ids()).containsExactly("a", "c");
        assertThat(sink.rejections).extracting(Rejection::position)
                .containsExactly("dump.zip!a.json: releases[1]", "dump.zip!b.json.gz");
        assertThat(sink.rejections.get(1).reason()).startsWith("truncated gzip stream");
    }

    @Test
    void shouldReportAMissingFile() {
        CollectingSink sink = new CollectingSink();
        Path missing = Path.of("no-such-dir", "missing.json");

        new OcdsReader(new ObjectMapper()).read(missing, sink, new ReadProgress());

        assertThat(sink.rejections).containsExactly(new Rejection(missing.toString(), "file not found"));
    }

    @Test
    void shouldReportAFileWithoutJson() {
        assertThat(read("  \n", "empty.json").rejections)
                .containsExactly(new Rejection("empty.json", "the file has no JSON content"));
        assertThat(read("", "empty.jsonl").rejections)
                .containsExactly(new Rejection("empty.jsonl", "the file has no JSON content"));
    }

    @Test
    void shouldRejectAPackageWhoseReleasesAreNotAnArray() {
        CollectingSink sink = read("{\"uri\":\"u\",\"releases\":{\"ocid\":\"x\"}}", "p.json");

        assertThat(sink.rejections).containsExactly(
                new Rejection("p.json", "package releases must be an array, found an object"));
    }

    @Test
    void shouldWriteReasonsWithoutJavaClassNames() {
        CollectingSink sink = read("{\"releases\":[" + release("a") + ",{\"x\":\"\\q\"}]}", "p.json");

        assertThat(sink.rejections).hasSize(1);
        assertThat(sink.rejections.get(0).reason())
                .doesNotContain("Exception", "com.fasterxml", "java.", "Source:")
                .startsWith("invalid JSON at line 1 column ");
    }
}
