package org.opencompras.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.ingest.read.TestInputs.bytes;
import static org.opencompras.ingest.read.TestInputs.gzip;
import static org.opencompras.ingest.read.TestInputs.read;
import static org.opencompras.ingest.read.TestInputs.release;
import static org.opencompras.ingest.read.TestInputs.releasePackage;
import static org.opencompras.ingest.read.TestInputs.zip;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcdsReaderContainersTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadAGzippedFileNamedGz() {
        CollectingSink sink = read(gzip(bytes(releasePackage("a", "b"))), "data.json.gz");

        assertThat(sink.positions()).containsExactly("data.json.gz: releases[0]", "data.json.gz: releases[1]");
    }

    @Test
    void shouldRecogniseGzipByItsMagicBytes() {
        CollectingSink sink = read(gzip(bytes(releasePackage("a"))), "download");

        assertThat(sink.ids()).containsExactly("a");
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void shouldReadGzippedJsonLines() {
        CollectingSink sink = read(gzip(bytes(release("a") + "\n" + release("b") + "\n")), "lines.jsonl.gz");

        assertThat(sink.positions()).containsExactly("lines.jsonl.gz: line 1", "lines.jsonl.gz: line 2");
    }

    @Test
    void shouldReadEveryEntryOfAZipInArchiveOrder() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("2020-03.json", bytes("[" + releasePackage("a") + "," + releasePackage("b") + "]"));
        entries.put("more/", new byte[0]);
        entries.put("more/lines.jsonl", bytes(release("c") + "\n" + release("d")));
        entries.put("more/packed.json.gz", gzip(bytes(releasePackage("e"))));
        entries.put("__MACOSX/._2020-03.json", bytes("not json"));

        CollectingSink sink = read(zip(entries), "dump.zip");

        assertThat(sink.ids()).containsExactly("a", "b", "c", "d", "e");
        assertThat(sink.positions()).containsExactly("dump.zip!2020-03.json: [0].releases[0]",
                "dump.zip!2020-03.json: [1].releases[0]", "dump.zip!more/lines.jsonl: line 1",
                "dump.zip!more/lines.jsonl: line 2", "dump.zip!more/packed.json.gz: releases[0]");
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void shouldReadAZipRecognisedByItsMagicBytes() {
        CollectingSink sink = read(zip(Map.of("x.json", bytes(release("a")))), "download");

        assertThat(sink.positions()).containsExactly("download!x.json");
    }

    @Test
    void shouldReadTheDataFilesOfADirectoryRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("2021"));
        Files.createDirectories(dir.resolve(".cache"));
        Files.write(dir.resolve("2021/01.json.gz"), gzip(bytes(releasePackage("c"))));
        Files.write(dir.resolve("2020-12.json"), bytes(releasePackage("b")));
        Files.write(dir.resolve("2020-01.zip"), zip(Map.of("in.json", bytes(release("a")))));
        Files.write(dir.resolve(".hidden.json"), bytes(release("hidden")));
        Files.write(dir.resolve(".cache/old.json"), bytes(release("cached")));
        Files.write(dir.resolve("README.md"), bytes("# Downloaded from the publisher"));
        CollectingSink sink = new CollectingSink();
        ReadProgress progress = new ReadProgress();

        new OcdsReader(new ObjectMapper()).read(dir, sink, progress);

        assertThat(sink.positions()).containsExactly(
                "2020-01.zip!in.json", "2020-12.json: releases[0]", "2021/01.json.gz: releases[0]");
        long expectedBytes = Files.size(dir.resolve("2021/01.json.gz")) + Files.size(dir.resolve("2020-12.json"))
                + Files.size(dir.resolve("2020-01.zip"));
        assertThat(progress.totalBytes()).isEqualTo(expectedBytes);
        assertThat(progress.bytesRead()).isEqualTo(expectedBytes);
        assertThat(progress.filesRead()).isEqualTo(3);
        assertThat(progress.releasesRead()).isEqualTo(3);
    }

    @Test
    void shouldReadAFileGivenByPathWhateverItsName() throws IOException {
        Path file = dir.resolve("download");
        Files.write(file, bytes(release("a")));
        CollectingSink sink = new CollectingSink();

        new OcdsReader(new ObjectMapper()).read(file, sink, new ReadProgress());

        assertThat(sink.positions()).containsExactly("download");
    }

    @Test
    void shouldReadASingleFileByPath() throws IOException {
        Path file = dir.resolve("data.json.gz");
        Files.write(file, gzip(bytes(releasePackage("a"))));
        CollectingSink sink = new CollectingSink();
        ReadProgress progress = new ReadProgress();

        new OcdsReader(new ObjectMapper()).read(file, sink, progress);

        assertThat(sink.positions()).containsExactly("data.json.gz: releases[0]");
        assertThat(progress.totalBytes()).isEqualTo(Files.size(file));
    }
}
