package org.opencompras.ingest.read;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import java.util.zip.ZipException;

/**
 * Turns the low-level errors of a decompressing stream (premature end, corrupt data) into an
 * {@link UnreadableInput} whose reason the given function writes. Errors that are already
 * {@link UnreadableInput} (from a container further down) pass unchanged.
 */
final class FailureTranslatingInputStream extends FilterInputStream {

    private final Function<IOException, UnreadableInput> translation;

    FailureTranslatingInputStream(InputStream in, Function<IOException, UnreadableInput> translation) {
        super(in);
        this.translation = translation;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (EOFException | ZipException e) {
            throw translation.apply(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (EOFException | ZipException e) {
            throw translation.apply(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (EOFException | ZipException e) {
            throw translation.apply(e);
        }
    }
}
