package org.opencompras.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * A large input produced as it is read, never held whole: a head, one piece repeated many times, a tail. It
 * stands for the hostile inputs a test cannot afford to build in memory (40 MB of empty objects, gigabytes
 * of spaces).
 */
public final class RepeatedInput extends InputStream {

    private final byte[] head;
    private final byte[] piece;
    private final byte[] tail;
    private final long times;
    private long position;

    public RepeatedInput(String head, String piece, long times, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.piece = piece.getBytes(StandardCharsets.UTF_8);
        this.tail = tail.getBytes(StandardCharsets.UTF_8);
        this.times = times;
    }

    /** The whole input, gzip'ed: small, since it repeats itself. */
    public byte[] gzipped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            transferTo(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public long length() {
        return head.length + piece.length * times + tail.length;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (position >= length()) {
            return -1;
        }
        int n = 0;
        while (n < length && position < length()) {
            target[offset + n++] = byteAt(position++);
        }
        return n;
    }

    private byte byteAt(long at) {
        if (at < head.length) {
            return head[(int) at];
        }
        long inRepeats = at - head.length;
        if (inRepeats < piece.length * times) {
            return piece[(int) (inRepeats % piece.length)];
        }
        return tail[(int) (inRepeats - piece.length * times)];
    }
}
