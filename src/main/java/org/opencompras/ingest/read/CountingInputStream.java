package org.opencompras.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes that pass through, and optionally adds them to a {@link ReadProgress}. */
final class CountingInputStream extends FilterInputStream {

    private final ReadProgress progress;
    private long count;

    CountingInputStream(InputStream in, ReadProgress progress) {
        super(in);
        this.progress = progress;
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

    private void counted(long n) {
        count += n;
        if (progress != null) {
            progress.addBytesRead(n);
        }
    }
}
