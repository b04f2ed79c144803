package org.opencompras.ingest.read;

/**
 * What one input may cost to read. A release is held in memory whole (as a tree, then as text), so its size
 * is capped both in bytes and in JSON values: a small text of empty objects ({@code [{},{},...]}) takes
 * thirty times its size as a tree. Decompression is capped in layers and in bytes, so that neither a gzip
 * nested thousands of times nor a gzip bomb keeps the reader busy for hours.
 *
 * @param maxReleaseBytes      the largest release, in bytes of its text
 * @param maxReleaseValues     the most JSON values (objects, arrays, strings, numbers...) in one release
 * @param maxDecompressedBytes the most bytes decompressed from one file or stream, all layers counted
 */
public record ReadLimits(long maxReleaseBytes, long maxReleaseValues, long maxDecompressedBytes) {

    /** No publisher packs more than a zip of gzip'ed files, possibly sent with a gzip content encoding. */
    public static final int MAX_COMPRESSION_LAYERS = 4;

    /** The defaults of the settings {@code opencompras.ingest.max-release-bytes} and the others. */
    public static final ReadLimits DEFAULTS = new ReadLimits(32L << 20, 2_000_000, 16L << 30);
}
