package org.opencompras.ingest.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Presents one line of a JSON lines input at a time as a stream that ends at the line break, so each line can
 * be parsed on its own (and a broken line skipped) without holding the line in memory.
 */
final class LineInputStream extends InputStream {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean lineOpen;

    LineInputStream(InputStream in) {
        this.in = in;
    }

    /** Skips what is left of the current line and opens the next; false at the end of the input. */
    boolean nextLine() throws IOException {
        while (lineOpen) {
            if (!fill()) {
                lineOpen = false;
            } else {
                int end = indexOfLineBreak();
                position = end < limit ? end + 1 : limit;
                lineOpen = end == limit;
            }
        }
        lineOpen = fill();
        return lineOpen;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (!lineOpen || !fill()) {
            lineOpen = false;
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        int end = Math.min(indexOfLineBreak(), position + length);
        int count = end - position;
        System.arraycopy(buffer, position, target, offset, count);
        position = end;
        if (position < limit && buffer[position] == '\n') {
            position++;
            lineOpen = false;
        }
        return count == 0 ? -1 : count;
    }

    private int indexOfLineBreak() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return limit;
    }

    /** Makes sure unread bytes are buffered; false at the end of the input. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
