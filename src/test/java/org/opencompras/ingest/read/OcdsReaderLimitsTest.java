package org.opencompras.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencompras.ingest.read.TestInputs.bytes;
import static org.opencompras.ingest.read.TestInputs.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opencompras.ingest.read.CollectingSink.Rejection;

/** What one release and one input may cost: {@link ReadLimits}, with the defaults of the settings. */
class OcdsReaderLimitsTest {

    private static final String BIG_RELEASE_HEAD =
            "{\"ocid\":\"ocds-abc-big\",\"id\":\"big\",\"date\":\"2020-03-01T10:00:00-05:00\",\"x\":[{}";

    @Test
    void shouldRejectAReleaseOfTooManyValuesAndLoadTheRest() {
        // 40 MB of empty objects: 1.2 GB as a tree, were it built whole.
        InputStream input = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(bytes("{\"releases\":[" + release("a") + ",")),
                new RepeatedInput(BIG_RELEASE_HEAD, ",{}", 13_000_000, "]}"),
                new ByteArrayInputStream(bytes("," + release("b") + "]}")))));

        CollectingSink sink = read(input, "p.json");

        assertThat(sink.ids()).containsExactly("a", "b");
        assertThat(sink.rejections).containsExactly(new Rejection("p.json: releases[1]",
                "the release holds more than 2,000,000 JSON values (opencompras.ingest.max-release-values)"));
    }

    @Test
    void shouldRejectAReleaseOfTooManyBytesAndLoadTheRest() {
        String longText = "\"" + "x".repeat(1000) + "\"";
        InputStream input = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(bytes("[" + release("a") + ",")),
                new RepeatedInput(BIG_RELEASE_HEAD.replace("[{}", "[" + longText), "," + longText, 40_000, "]}"),
                new ByteArrayInputStream(bytes("," + release("b") + "]")))));

        CollectingSink sink = read(input, "p.json");

        assertThat(sink.ids()).containsExactly("a", "b");
        assertThat(sink.rejections).containsExactly(new Rejection("p.json: [1]",
                "the release is larger than 33,554,432 bytes (opencompras.ingest.max-release-bytes)"));
    }

    @Test
    void shouldRejectABareReleaseOverTheLimitsAndReadTheNextValue() {
        ReadLimits small = new ReadLimits(1_000, 100, ReadLimits.DEFAULTS.maxDecompressedBytes());
        String big = BIG_RELEASE_HEAD + ",{}".repeat(200) + "]}";
        String lines = release("a") + "\n" + big + "\n" + release("b") + "\n";

        CollectingSink concatenated = read(new ByteArrayInputStream(bytes(big + release("a"))), "c.json", small);
        CollectingSink jsonLines = read(new ByteArrayInputStream(bytes(lines)), "l.jsonl", small);

        assertThat(concatenated.ids()).containsExactly("a");
        assertThat(concatenated.rejections).containsExactly(new Rejection("c.json",
                "the release holds more than 100 JSON values (opencompras.ingest.max-release-values)"));
        assertThat(jsonLines.ids()).containsExactly("a", "b");
        assertThat(jsonLines.rejections).extracting(Rejection::position).containsExactly("l.jsonl: line 2");
    }

    @Test
    void shouldStillRecordTheTextOfAReleaseJustUnderTheLimits() {
        ReadLimits small = new ReadLimits(200, 20, ReadLimits.DEFAULTS.maxDecompressedBytes());
        String fits = "{\"ocid\":\"o\",\"id\":\"1\",\"date\":\"2020-03-01T10:00:00Z\",\"x\":[1,2,3]}";

        CollectingSink sink = read(new ByteArrayInputStream(bytes("{\"releases\":[" + fits + "]}")), "p.json", small);

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.releases.get(0).publishedText()).isEqualTo(fits);
    }

    @Test
    void shouldRefuseAStreamOfAThousandNestedGzipLayers() {
        byte[] nested = bytes(release("a"));
        for (int i = 0; i < 1_000; i++) {
            nested = storedGzip(nested);
        }
        InputStream input = new ByteArrayInputStream(nested);

        assertThatThrownBy(() -> read(input, "body.json"))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.why()).isEqualTo(InputRefused.Why.TOO_DEEP);
                    assertThat(e.reason()).isEqualTo(
                            "more than 4 layers of compression (gzip or zip inside one another)");
                });
    }

    @Test
    void shouldReadFourLayersAndRejectAFileOfFive(@TempDir Path dir) throws IOException {
        byte[] four = bytes(release("a"));
        for (int i = 0; i < 4; i++) {
            four = storedGzip(four);
        }
        Files.write(dir.resolve("four.json.gz"), four);
        Files.write(dir.resolve("five.json.gz"), storedGzip(four));
        Files.write(dir.resolve("six.json"), bytes(release("b")));
        CollectingSink sink = new CollectingSink();

        new OcdsReader(new ObjectMapper()).read(dir, sink, new ReadProgress());

        assertThat(sink.ids()).containsExactly("a", "b");
        assertThat(sink.rejections).containsExactly(new Rejection("five.json.gz",
                "more than 4 layers of compression (gzip or zip inside one another)"));
    }

    @Test
    void shouldRefuseAStreamThatDecompressesBeyondTheLimitAndKeepWhatCameBefore() {
        ReadLimits small = new ReadLimits(ReadLimits.DEFAULTS.maxReleaseBytes(),
                ReadLimits.DEFAULTS.maxReleaseValues(), 1_000_000);
        byte[] bomb = new RepeatedInput("[" + release("a") + ",", " ", 2_000_000, release("b") + "]").gzipped();
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> new OcdsReader(new ObjectMapper(), small)
                .read(new ByteArrayInputStream(bomb), "body.json", sink, new ReadProgress()))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.why()).isEqualTo(InputRefused.Why.TOO_LARGE);
                    assertThat(e.position()).isEqualTo("body.json");
                    assertThat(e.reason()).startsWith("decompresses to more than 1,000,000 bytes "
                            + "(opencompras.ingest.max-decompressed-bytes)");
                });
        assertThat(sink.ids()).containsExactly("a");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void shouldReadHundredsOfMegabytesOfSpacesInLinearTime() {
        // Keeping a sliding window of the last 32 MB moved 32 MB per read: 300 MB took 34 s, now 2 s.
        InputStream input = new RepeatedInput(release("a"), " ", 400_000_000, release("b"));

        CollectingSink sink = read(input, "spaces.json");

        assertThat(sink.ids()).containsExactly("a", "b");
        assertThat(sink.releases.get(1).publishedText()).isEqualTo(release("b"));
    }

    private static CollectingSink read(InputStream input, String name) {
        return read(input, name, ReadLimits.DEFAULTS);
    }

    private static CollectingSink read(InputStream input, String name, ReadLimits limits) {
        CollectingSink sink = new CollectingSink();
        new OcdsReader(new ObjectMapper(), limits).read(input, name, sink, new ReadProgress());
        return sink;
    }

    /** Gzip without compression: thousands of layers are built in a moment. */
    private static byte[] storedGzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.NO_COMPRESSION);
            }
        }) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
