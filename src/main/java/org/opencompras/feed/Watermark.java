package org.opencompras.feed;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A position in the changes feed: after the change event {@code seq}, and within it after entry {@code part}
 * (a replacement is served as two entries, the old copy's tombstone then the new copy). Ordered like the feed.
 */
record Watermark(long seq, int part) implements Comparable<Watermark> {

    /** Before every change. */
    static final Watermark START = new Watermark(0, 0);

    private static final String KIND = "watermark";
    private static final byte VERSION = 1;
    private static final int LENGTH = Long.BYTES + 1;

    String encode() {
        byte[] payload = ByteBuffer.allocate(LENGTH).putLong(seq).put((byte) part).array();
        return OpaqueToken.encode(KIND, VERSION, payload, "");
    }

    /** The watermark written as this text, or empty when the text is not one this service wrote. */
    static Optional<Watermark> decode(String text) {
        return OpaqueToken.decode(KIND, VERSION, LENGTH, text, "").flatMap(payload -> {
            long seq = payload.getLong();
            int part = payload.get();
            return seq < 0 || part < 0 || part > 1 ? Optional.empty() : Optional.of(new Watermark(seq, part));
        });
    }

    @Override
    public int compareTo(Watermark other) {
        int bySeq = Long.compare(seq, other.seq);
        return bySeq != 0 ? bySeq : Integer.compare(part, other.part);
    }
}
