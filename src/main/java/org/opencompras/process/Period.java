package org.opencompras.process;

import java.time.OffsetDateTime;

/** An OCDS period: its start and end dates, each null when missing or unparseable. */
public record Period(OffsetDateTime start, OffsetDateTime end) {

    /** A period with neither date. */
    public static final Period NONE = new Period(null, null);
}
