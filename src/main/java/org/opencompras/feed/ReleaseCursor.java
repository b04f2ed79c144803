package org.opencompras.feed;

import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Where the next page of releases starts: after the release with this date and internal id, in the
 * (release_date, id) order of the listing. It is bound to the listing's filters: a cursor is only accepted
 * with the {@code since} and {@code ocid} it was made for.
 */
record ReleaseCursor(OffsetDateTime date, long id) {

    private static final String KIND = "release-cursor";
    private static final byte VERSION = 1;
    private static final int LENGTH = Long.BYTES + Integer.BYTES + Long.BYTES;

    String encode(ReleaseFilter filter) {
        Instant instant = date.toInstant();
        byte[] payload = ByteBuffer.allocate(LENGTH)
                .putLong(instant.getEpochSecond()).putInt(instant.getNano()).putLong(id).array();
        return OpaqueToken.encode(KIND, VERSION, payload, filter.key());
    }

    /** The cursor written as this text for these filters, or empty when it is not one. */
    static Optional<ReleaseCursor> decode(String text, ReleaseFilter filter) {
        return OpaqueToken.decode(KIND, VERSION, LENGTH, text, filter.key()).flatMap(payload -> {
            long seconds = payload.getLong();
            int nanos = payload.getInt();
            long id = payload.getLong();
            try {
                return Optional.of(new ReleaseCursor(
                        OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), ZoneOffset.UTC), id));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }
}
