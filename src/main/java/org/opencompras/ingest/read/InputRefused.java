package org.opencompras.ingest.read;

/**
 * A stream that could not be read to its end: it failed (a connection closed, reset or timed out) or it
 * would cost more than {@link ReadLimits} allow. What was read before stays delivered to the sink; the rest
 * of the stream is lost, so the ingest of it is incomplete.
 */
public final class InputRefused extends RuntimeException {

    /** Why the stream was not read to its end. */
    public enum Why {
        /** The stream failed before its end. */
        CUT_SHORT,
        /** It decompresses to more bytes than allowed. */
        TOO_LARGE,
        /** It is packed in more layers of compression than allowed. */
        TOO_DEEP
    }

    private final String position;
    private final Why why;

    InputRefused(String position, String reason, Why why) {
        super(reason);
        this.position = position;
        this.why = why;
    }

    public String position() {
        return position;
    }

    public String reason() {
        return getMessage();
    }

    public Why why() {
        return why;
    }
}
