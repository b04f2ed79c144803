package org.opencompras.ingest.read;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.opencompras.common.json.Json;

/**
 * Reads OCDS data as publishers ship it: release packages, record packages, bare releases, arrays of these,
 * JSON lines and concatenated JSON, each possibly gzip'ed or inside a zip, or a directory of such files.
 * Releases are streamed one at a time, so memory does not grow with the size of a file, and what one release
 * or one file may cost is bounded by {@link ReadLimits}. Problems with files never escape as exceptions: they
 * reach {@link ReleaseSink#rejected} and reading goes on where it can. A stream, being one input with nothing
 * after it, ends with {@link InputRefused} when it fails or is too costly to read. Numbers are read as exact
 * decimals.
 */
public final class OcdsReader {

    private final ObjectMapper mapper;
    private final ReadLimits limits;

    /**
     * Uses a copy of the mapper, configured to read every number exactly. Numbers longer than
     * {@link Json#MAX_NUMBER_LENGTH} stop a file; shorter ones are read and then rejected with their release by
     * {@link ReleaseValidator} if out of range.
     */
    public OcdsReader(ObjectMapper mapper) {
        this(mapper, ReadLimits.DEFAULTS);
    }

    public OcdsReader(ObjectMapper mapper, ReadLimits limits) {
        this.limits = limits;
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        StreamReadConstraints constraints = this.mapper.getFactory().streamReadConstraints();
        this.mapper.getFactory().setStreamReadConstraints(
                constraints.rebuild().maxNumberLength(Json.MAX_NUMBER_LENGTH).build());
    }

    /** Name endings of the files read from a directory; other files there (READMEs, checksums) are skipped. */
    private static final List<String> DATA_FILE_ENDINGS = List.of(".json", ".jsonl", ".ndjson", ".gz", ".zip");

    /**
     * Reads a file whatever its name, or, for a directory, every non-hidden file under it whose name ends in
     * .json, .jsonl, .ndjson, .gz or .zip, in sorted path order.
     */
    public void read(Path fileOrDirectory, ReleaseSink sink, ReadProgress progress) {
        ReleaseEmitter emitter = new ReleaseEmitter(sink, progress);
        if (!Files.exists(fileOrDirectory)) {
            emitter.rejected(fileOrDirectory.toString(), "file not found");
        } else if (Files.isDirectory(fileOrDirectory)) {
            readDirectory(fileOrDirectory, emitter, progress);
        } else {
            progress.addTotalBytes(sizeOf(fileOrDirectory));
            readFile(fileOrDirectory, String.valueOf(fileOrDirectory.getFileName()), emitter, progress);
        }
    }

    /**
     * Reads a stream, which stays open.
     *
     * @param name used in positions, and to tell the format ({@code .gz}, {@code .zip}, {@code .jsonl})
     * @throws InputRefused when the stream fails before its end, or would cost more to read than allowed
     */
    public void read(InputStream in, String name, ReleaseSink sink, ReadProgress progress) {
        read(in, name, Long.MAX_VALUE, sink, progress);
    }

    /**
     * The same, refusing the stream as too large once more than {@code maxBytes} have come from it, whatever its
     * sender announced: the limit of a request body ({@code opencompras.ingest.max-body-size}).
     */
    public void read(InputStream in, String name, long maxBytes, ReleaseSink sink, ReadProgress progress) {
        ReleaseEmitter emitter = new ReleaseEmitter(sink, progress);
        progress.fileStarted(name);
        long[] read = {0};
        CountingInputStream.Listener budget = bytes -> {
            progress.addBytesRead(bytes);
            read[0] += bytes;
            if (read[0] > maxBytes) {
                throw new InputTooCostly(name, String.format("is larger than %,d bytes "
                        + "(opencompras.ingest.max-body-size): split the file, or load it with the ingest command",
                        maxBytes), true);
            }
        };
        try {
            new InputUnpacker(mapper, emitter, limits, name).read(new CountingInputStream(in, budget), name);
        } catch (InputTooCostly e) {
            throw new InputRefused(e.position(), e.reason(),
                    e.tooLarge() ? InputRefused.Why.TOO_LARGE : InputRefused.Why.TOO_DEEP);
        } catch (UnreadableInput e) {
            emitter.rejected(e.position(), e.reason());
        } catch (IOException e) {
            throw new InputRefused(name, "the input stopped before its end: " + messageOf(e),
                    InputRefused.Why.CUT_SHORT);
        }
    }

    private void readDirectory(Path directory, ReleaseEmitter emitter, ReadProgress progress) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(directory.relativize(file)) && isDataFile(file))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            emitter.rejected(directory.toString(), "could not list the directory: " + messageOf(e));
            return;
        }
        files.forEach(file -> progress.addTotalBytes(sizeOf(file)));
        for (Path file : files) {
            String name = directory.relativize(file).toString().replace(File.separatorChar, '/');
            readFile(file, name, emitter, progress);
        }
    }

    private void readFile(Path file, String name, ReleaseEmitter emitter, ReadProgress progress) {
        progress.fileStarted(name);
        try (InputStream raw = Files.newInputStream(file)) {
            new InputUnpacker(mapper, emitter, limits, name).read(new CountingInputStream(raw, progress), name);
        } catch (NoSuchFileException e) {
            emitter.rejected(name, "file not found");
        } catch (AccessDeniedException e) {
            emitter.rejected(name, "permission denied");
        } catch (UnreadableInput e) {
            emitter.rejected(e.position(), e.reason());
        } catch (IOException e) {
            emitter.rejected(name, "could not read the file: " + messageOf(e));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String messageOf(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "unknown input/output error" : e.getMessage();
    }

    private static boolean isDataFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return DATA_FILE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
