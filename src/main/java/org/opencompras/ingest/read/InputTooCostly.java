package org.opencompras.ingest.read;

/**
 * An input refused as a whole for what reading it would cost: more layers of compression, or more bytes
 * decompressed, than {@link ReadLimits} allow. Unlike other unreadable parts it stops the whole input, not
 * just one archive entry.
 */
final class InputTooCostly extends UnreadableInput {

    /** Whether the input is too large (rather than packed too deep). */
    private final boolean tooLarge;

    InputTooCostly(String position, String reason, boolean tooLarge) {
        super(position, reason);
        this.tooLarge = tooLarge;
    }

    boolean tooLarge() {
        return tooLarge;
    }
}
