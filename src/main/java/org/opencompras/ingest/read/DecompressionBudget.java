package org.opencompras.ingest.read;

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
    CountingInputStream counted(InputStream decompressed) {
        return new CountingInputStream(decompressed, this::use);
    }

    private void use(long bytes) throws InputTooCostly {
        used += bytes;
        if (used > max) {
            throw new InputTooCostly(inputName, String.format("decompresses to more than %,d bytes "
                    + "(opencompras.ingest.max-decompressed-bytes); what was read before it is kept", max), true);
        }
    }
}
