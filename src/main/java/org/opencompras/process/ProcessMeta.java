package org.opencompras.process;

import java.time.OffsetDateTime;

/**
 * What the compiler knows about a process besides its rows: how many releases it was compiled from,
 * their date range, and the compiled release itself with its hash.
 */
public record ProcessMeta(
        int releaseCount,
        OffsetDateTime firstReleaseDate,
        OffsetDateTime lastReleaseDate,
        String compiledJson,
        String compiledHash) {
}
