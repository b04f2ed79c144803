package org.opencompras.ingest.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Recognises how an input is packed and passes the JSON inside to the right reader: gzip (by its magic bytes),
 * zip archives (by magic bytes or a {@code .zip} name, every entry in turn), JSON lines (by a {@code .jsonl} or
 * {@code .ndjson} name) and otherwise plain JSON values. Containers nest: a {@code .jsonl.gz} inside a zip
 * works, up to {@link ReadLimits#MAX_COMPRESSION_LAYERS} layers; one object reads one input, whose decompressed
 * bytes it counts against {@link ReadLimits#maxDecompressedBytes()}.
 */
final class InputUnpacker {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAGIC_LENGTH = 4;

    private final JsonValuesReader values;
    private final JsonLinesReader lines;
    private final ZipUnpacker zips;
    private final DecompressionBudget budget;

    InputUnpacker(ObjectMapper mapper, ReleaseEmitter emitter, ReadLimits limits, String inputName) {
        this.values = new JsonValuesReader(mapper, emitter, limits);
        this.lines = new JsonLinesReader(mapper, emitter, limits);
        this.zips = new ZipUnpacker(this, emitter);
        this.budget = new DecompressionBudget(limits.maxDecompressedBytes(), inputName);
    }

    /** Reads the input; never closes it. */
    void read(InputStream in, String name) throws IOException {
        read(in, name, name, 0);
    }

    /**
     * Reads an input or a part of it; never closes it.
     *
     * @param displayName the name used in positions, e.g. {@code data.json.gz} or {@code dump.zip!2020-03.json}
     * @param hintName    the name that tells the format, e.g. {@code data.json} once the gzip layer is removed
     * @param layers      the layers of compression already removed
     */
    void read(InputStream in, String displayName, String hintName, int layers) throws IOException {
        // Not a BufferedInputStream: it keeps reading while available() > 0, so a decompressor failing
        // mid-way would take the complete releases already in its buffer down with it.
        PushbackInputStream buffered = new PushbackInputStream(in, MAGIC_LENGTH);
        byte[] head = peek(buffered);
        String hint = hintName.toLowerCase(Locale.ROOT);
        boolean gzip = startsWith(head, 0x1f, 0x8b);
        boolean zip = !gzip && (startsWith(head, 'P', 'K', 3, 4) || hint.endsWith(".zip"));
        if ((gzip || zip) && layers == ReadLimits.MAX_COMPRESSION_LAYERS) {
            throw new InputTooCostly(displayName, "more than " + ReadLimits.MAX_COMPRESSION_LAYERS
                    + " layers of compression (gzip or zip inside one another)", false);
        }
        if (gzip) {
            readGzip(buffered, displayName, hint, layers + 1);
        } else if (zip) {
            zips.read(buffered, displayName, layers + 1);
        } else if (hint.endsWith(".gz")) {
            // Already decompressed on the way (e.g. by an HTTP client): read what the name had inside.
            read(buffered, displayName, withoutGz(hint), layers);
        } else if (hint.endsWith(".jsonl") || hint.endsWith(".ndjson")) {
            lines.read(buffered, displayName);
        } else {
            values.read(buffered, displayName);
        }
    }

    private void readGzip(InputStream in, String displayName, String hint, int layers) throws IOException {
        CountingInputStream compressed = new CountingInputStream(in);
        GZIPInputStream gzip;
        try {
            gzip = new GZIPInputStream(new CloseShieldInputStream(compressed), BUFFER_SIZE);
        } catch (EOFException | ZipException e) {
            throw new UnreadableInput(displayName, "not a readable gzip stream: " + e.getMessage());
        }
        try (gzip) {
            CountingInputStream decompressed = budget.counted(gzip);
            InputStream guarded = new FailureTranslatingInputStream(decompressed, e -> new UnreadableInput(displayName,
                    (e instanceof EOFException ? "truncated gzip stream after " : "corrupt gzip stream after ")
                            + compressed.count() + " bytes (" + decompressed.count() + " bytes decompressed)"
                            + (e instanceof EOFException ? "" : ": " + e.getMessage())));
            read(guarded, displayName, withoutGz(hint), layers);
        }
    }

    /** The output of a zip entry's decompressor, counted against the limit of the whole input. */
    InputStream counted(InputStream decompressed) {
        return budget.counted(decompressed);
    }

    private static String withoutGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private static byte[] peek(PushbackInputStream in) throws IOException {
        byte[] head = new byte[MAGIC_LENGTH];
        int length = 0;
        int b;
        while (length < MAGIC_LENGTH && (b = in.read()) >= 0) {
            head[length++] = (byte) b;
        }
        in.unread(head, 0, length);
        return Arrays.copyOf(head, length);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
