package org.opencompras.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keeps the bytes a JSON parser has read since a given offset, so that a release can be stored exactly as it
 * was published (escapes, spacing and all) and not only as the values it parses to. The window is bounded:
 * a release larger than it simply has no recorded text, and is stored as its values.
 */
final class RawTextRecorder extends FilterInputStream {

    private static final int MAX_WINDOW = 32 * 1024 * 1024;
    /** More than a parser reads ahead of the token it is on. */
    private static final int READ_AHEAD = 64 * 1024;

    private byte[] window = new byte[64 * 1024];
    private long windowStart;
    private int length;

    RawTextRecorder(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            append(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        if (n > 0) {
            append(buffer, offset, n);
        }
        return n;
    }

    /** Lets go of everything before the offset: nothing before it will be asked for. */
    void forgetBefore(long offset) {
        int drop = (int) Math.min(Math.max(offset - windowStart, 0), length);
        System.arraycopy(window, drop, window, 0, length - drop);
        length -= drop;
        windowStart += drop;
    }

    /** The UTF-8 text between two offsets of the stream, or null when it is no longer (or not yet) held. */
    String text(long from, long to) {
        if (from < windowStart || to > windowStart + length || from >= to) {
            return null;
        }
        return new String(window, (int) (from - windowStart), (int) (to - from), StandardCharsets.UTF_8);
    }

    private void append(byte[] bytes, int offset, int count) {
        if (length + count > window.length) {
            int needed = length + count;
            if (needed > MAX_WINDOW) {
                // What is held cannot be recorded any more: keep only the tail, where the parser's read-ahead may
                // hold the start of the next value. Shifting the window by each read instead moved 32 MB per read.
                forgetBefore(windowStart + Math.max(length - READ_AHEAD, 0));
            }
            if (length + count > window.length) {
                window = Arrays.copyOf(window, Math.min(MAX_WINDOW, Math.max(window.length * 2, length + count)));
            }
        }
        System.arraycopy(bytes, offset, window, length, count);
        length += count;
    }
}
