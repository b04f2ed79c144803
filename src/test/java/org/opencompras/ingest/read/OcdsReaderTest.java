package org.opencompras.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.ingest.read.TestInputs.read;
import static org.opencompras.ingest.read.TestInputs.release;
import static org.opencompras.ingest.read.TestInputs.releasePackage;
import static org.opencompras.ingest.read.TestInputs.releases;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OcdsReaderTest {

    @Test
    void shouldReadEveryReleaseOfAReleasePackageWithItsPositionAndMetadata() {
        CollectingSink sink = read(releasePackage("a", "b", "c"), "data.json");

        assertThat(sink.ids()).containsExactly("a", "b", "c");
        assertThat(sink.positions()).containsExactly(
                "data.json: releases[0]", "data.json: releases[1]", "data.json: releases[2]");
        assertThat(sink.releases.get(2).packageInfo()).isEqualTo(new PackageInfo("SERCOP",
                "https://example.org/p.json", "https://creativecommons.org/licenses/by/3.0/ec/", "1.1",
                "2020-04-01T00:00:00Z"));
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void shouldAttachOnlyTheMetadataWrittenBeforeTheReleases() {
        String json = "{\"uri\":\"u\",\"releases\":[" + release("a") + "],\"publisher\":{\"name\":\"late\"}}";

        CollectingSink sink = read(json, "p.json");

        assertThat(sink.releases.get(0).packageInfo()).isEqualTo(new PackageInfo(null, "u", null, null));
    }

    @Test
    void shouldReadTheEmbeddedReleasesOfARecordPackage() {
        String json = "{\"version\":\"1.1\",\"records\":[{\"ocid\":\"ocds-abc-1\",\"releases\":[" + releases("a", "b")
                + "],\"compiledRelease\":" + release("compiled-1") + ",\"versionedRelease\":{\"big\":[1,2,3]}},"
                + "{\"ocid\":\"ocds-abc-2\",\"compiledRelease\":" + release("compiled-2") + ",\"releases\":["
                + releases("c") + "]}]}";

        CollectingSink sink = read(json, "records.json");

        assertThat(sink.ids()).containsExactly("a", "b", "c");
        assertThat(sink.positions()).containsExactly("records.json: records[0].releases[0]",
                "records.json: records[0].releases[1]", "records.json: records[1].releases[0]");
        assertThat(sink.releases.get(0).packageInfo().version()).isEqualTo("1.1");
    }

    @Test
    void shouldUseTheCompiledReleaseOfARecordWhoseReleasesAreOnlyLinkedOrAbsent() {
        String linked = "{\"url\":\"https://example.org/r.json#a\",\"date\":\"2020-01-01T00:00:00Z\",\"tag\":[\"tender\"]}";
        String json = "{\"records\":[{\"ocid\":\"ocds-abc-1\",\"releases\":[" + linked + "],\"compiledRelease\":"
                + release("compiled-1") + "},{\"ocid\":\"ocds-abc-2\",\"compiledRelease\":" + release("compiled-2") + "}]}";

        CollectingSink sink = read(json, "records.json");

        assertThat(sink.ids()).containsExactly("compiled-1", "compiled-2");
        assertThat(sink.positions()).containsExactly("records.json: records[0].compiledRelease",
                "records.json: records[1].compiledRelease");
    }

    @Test
    void shouldRejectARecordWithOnlyLinkedReleasesAndNoCompiledRelease() {
        String json = "{\"records\":[{\"ocid\":\"x\",\"releases\":[{\"url\":\"https://example.org/r\"}]},\"oops\"]}";

        CollectingSink sink = read(json, "records.json");

        assertThat(sink.releases).isEmpty();
        assertThat(sink.rejections).containsExactly(
                new CollectingSink.Rejection("records.json: records[0]",
                        "record has only linked releases and no compiledRelease"),
                new CollectingSink.Rejection("records.json: records[1]", "a record must be a JSON object, found a string"));
    }

    @Test
    void shouldReadABareRelease() {
        CollectingSink sink = read(release("a"), "release.json");

        assertThat(sink.ids()).containsExactly("a");
        assertThat(sink.positions()).containsExactly("release.json");
        assertThat(sink.releases.get(0).packageInfo()).isEqualTo(PackageInfo.NONE);
    }

    @Test
    void shouldReadATopLevelArrayOfPackagesAndReleases() {
        String json = "[" + releasePackage("a") + "," + releasePackage("b", "c") + "," + release("d") + "]";

        CollectingSink sink = read(json, "2020-03.json");

        assertThat(sink.ids()).containsExactly("a", "b", "c", "d");
        assertThat(sink.positions()).containsExactly("2020-03.json: [0].releases[0]", "2020-03.json: [1].releases[0]",
                "2020-03.json: [1].releases[1]", "2020-03.json: [2]");
    }

    @Test
    void shouldReadJsonLinesOfReleasesAndPackages() {
        String lines = release("a") + "\n\n" + releasePackage("b", "c") + "\r\n" + release("d");

        CollectingSink sink = read(lines, "lines.jsonl");

        assertThat(sink.ids()).containsExactly("a", "b", "c", "d");
        assertThat(sink.positions()).containsExactly("lines.jsonl: line 1", "lines.jsonl: line 3, releases[0]",
                "lines.jsonl: line 3, releases[1]", "lines.jsonl: line 4");
    }

    @Test
    void shouldTakeJsonLinesFromTheNameHintOfAStream() {
        CollectingSink sink = read(release("a") + "\n" + release("b") + "\n", "export.ndjson");

        assertThat(sink.positions()).containsExactly("export.ndjson: line 1", "export.ndjson: line 2");
    }

    @Test
    void shouldReadConcatenatedJsonValues() {
        String json = releasePackage("a") + "\n" + releasePackage("b") + " " + release("c");

        CollectingSink sink = read(json, "concat.json");

        assertThat(sink.ids()).containsExactly("a", "b", "c");
        assertThat(sink.positions()).containsExactly(
                "concat.json: releases[0]", "concat.json: value 2, releases[0]", "concat.json: value 3");
    }

    @Test
    void shouldKeepEachReleaseTextExactlyAsPublished() {
        String first = "{ \"ocid\" : \"ocds-abc-1\", \"id\":\"1\",\"date\":\"2020-01-01T00:00:00Z\","
                + "\"url\":\"https:\\/\\/x.ec\\/a\",\"title\":\"Adquisici\\u00f3n\",\"v\":1.50E+3 }";
        String second = "{\"ocid\":\"ocds-abc-1\",\"id\":\"2\",\"date\":\"2020-01-02T00:00:00Z\"}";

        CollectingSink inPackage = read("{\"uri\":\"u\",\"releases\":[ " + first + " ,\n " + second + "]}", "p.json");
        CollectingSink bare = read(first, "r.json");
        CollectingSink lines = read(first + "\n" + second + "\n", "r.jsonl");
        CollectingSink record = read("{\"records\":[{\"ocid\":\"ocds-abc-1\",\"compiledRelease\":" + first + "}]}",
                "records.json");

        assertThat(inPackage.releases).extracting(ReleaseInput::publishedText).containsExactly(first, second);
        assertThat(bare.releases).extracting(ReleaseInput::publishedText).containsExactly(first);
        assertThat(lines.releases).extracting(ReleaseInput::publishedText).containsExactly(first, second);
        assertThat(record.releases).extracting(ReleaseInput::publishedText).containsExactly(first);
    }

    @Test
    void shouldKeepTheTextOfReleasesInEveryLayoutAndSize() {
        String accented = "{\"ocid\":\"ocds-abc-1\",\"id\":\"1\",\"date\":\"2020-01-01T00:00:00Z\","
                + "\"title\":\"Ñandú €\"}";
        String large = "{\"ocid\":\"ocds-abc-1\",\"id\":\"2\",\"date\":\"2020-01-01T00:00:00Z\","
                + "\"description\":\"" + "mascarillas ñ ".repeat(10_000) + "\"}";
        String arrayOfPackages = "[{\"releases\":[" + accented + "]},{\"releases\":[" + large + "]}]";
        byte[] withBom = ("\uFEFF{\"releases\":[" + accented + "]}").getBytes(StandardCharsets.UTF_8);

        assertThat(read(arrayOfPackages, "dump.json").releases).extracting(ReleaseInput::publishedText)
                .containsExactly(accented, large);
        assertThat(read(accented + "\n\n" + large, "concat.json").releases).extracting(ReleaseInput::publishedText)
                .containsExactly(accented, large);
        assertThat(TestInputs.read(withBom, "bom.json").releases).extracting(ReleaseInput::publishedText)
                .containsExactly(accented);
    }

    @Test
    void shouldAcceptAnIntegerIdAndKeepItAsPublished() {
        CollectingSink sink = read("{\"ocid\":\"ocds-abc-1\",\"id\":42,\"date\":\"2020-01-01T00:00:00Z\"}", "r.json");

        assertThat(sink.releases.get(0).release().get("id").isIntegralNumber()).isTrue();
        assertThat(sink.ids()).containsExactly("42");
    }

    @Test
    void shouldKeepDecimalsExactly() {
        String json = "{\"ocid\":\"ocds-abc-1\",\"id\":\"1\",\"date\":\"2020-01-01T00:00:00Z\","
                + "\"awards\":[{\"value\":{\"amount\":132540.65}}],\"tender\":{\"value\":{\"amount\":0.1}},"
                + "\"contracts\":[{\"value\":{\"amount\":1.10}},{\"value\":{\"amount\":12345678901234567890123}}]}";

        CollectingSink sink = read(json, "r.json");

        var release = sink.releases.get(0).release();
        assertThat(release.at("/awards/0/value/amount").decimalValue()).isEqualTo(new BigDecimal("132540.65"));
        assertThat(release.at("/tender/value/amount").decimalValue()).isEqualTo(new BigDecimal("0.1"));
        assertThat(release.at("/contracts/0/value/amount").decimalValue().toPlainString()).isEqualTo("1.10");
        assertThat(release.at("/contracts/1/value/amount").bigIntegerValue().toString())
                .isEqualTo("12345678901234567890123");
    }

    @Test
    void shouldCountReleasesAndBytes() {
        byte[] content = TestInputs.bytes(releasePackage("a", "b"));
        ReadProgress progress = new ReadProgress();

        read(content, "p.json", progress);

        assertThat(progress.releasesRead()).isEqualTo(2);
        assertThat(progress.bytesRead()).isEqualTo(content.length);
        assertThat(progress.totalBytes()).isZero();
        assertThat(progress.currentFile()).isEqualTo("p.json");
    }
}
