package org.opencompras.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes that pass through, and optionally tells a listener of each read. */
final class CountingInputStream extends FilterInputStream {

    /** Told of the bytes of each read; may refuse them by throwing. */
    @FunctionalInterface
    interface Listener {
        void counted(long bytes) throws IOException;
    }

    private final Listener listener;
    private long count;

    /** @param listener told of every read, or null */
    CountingInputStream(InputStream in, Listener listener) {
        super(in);
        this.listener = listener;
    }

    CountingInputStream(InputStream in) {
        this(in, (Listener) null);
    }

    /** Counts and adds the bytes to a {@link ReadProgress}. */
    CountingInputStream(InputStream in, ReadProgress progress) {
        this(in, progress::addBytesRead);
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (listener != null) {
            listener.counted(n);
        }
    }
}
