package org.opencompras.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes that come out of every decompressor of one input against
 * {@link ReadLimits#maxDecompressedBytes()}, and refuses the input once they are more.
 */
final class DecompressionBudget {

    private final long max;
    private final String inputName;
    private long used;

    DecompressionBudget(long max, String inputName) {
        this.max = max;
        this.inputName = inputName;
    }

    /** The output of a decompressor, counted. */
    InputStream counted(InputStream decompressed) {
        return new FilterInputStream(decompressed) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    use(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    use(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                use(skipped);
                return skipped;
            }
        };
    }

    private void use(long bytes) throws InputTooCostly {
        used += bytes;
        if (used > max) {
            throw new InputTooCostly(inputName, String.format("decompresses to more than %,d bytes "
                    + "(opencompras.ingest.max-decompressed-bytes); what was read before it is kept", max), true);
        }
    }
}
