package org.opencompras.ingest;

import java.util.List;

/**
 * What one ingest did: the summary printed by the command line and returned by {@code POST /api/v1/ingest}.
 *
 * @param source            the source name the releases were filed under
 * @param releasesRead      releases found in the input, valid or not
 * @param inserted          releases stored for the first time
 * @param replaced          releases whose (ocid, id) was stored with different content, now replaced
 * @param duplicates        releases already stored with the same content (nothing changed)
 * @param rejectedCount     releases, or whole files, that could not be loaded
 * @param rejected          the first rejections with their position and reason
 * @param processesCompiled processes whose compiled release was rebuilt
 * @param bytesRead         bytes read from the input (compressed size for compressed input)
 * @param seconds           wall-clock duration
 */
public record IngestReport(String source, long releasesRead, long inserted, long replaced, long duplicates,
                           long rejectedCount, List<Rejection> rejected, long processesCompiled, long bytesRead,
                           double seconds) {

    /** A release or file that was not loaded, where it was and why. */
    public record Rejection(String position, String reason) {
    }

    /** Whether every release that was read got loaded. */
    public boolean complete() {
        return rejectedCount == 0;
    }
}
