package org.opencompras.common.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes instants the way OCDS and RFC 3339 want them: always with seconds and a zone, in UTC. */
public final class Timestamps {

    // OffsetDateTime.toString() drops ":00" seconds, which RFC 3339 does not allow.
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Timestamps() {
    }

    public static String rfc3339(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(RFC_3339);
    }
}
