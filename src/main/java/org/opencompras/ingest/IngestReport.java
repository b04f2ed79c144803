package org.opencompras.ingest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(description = "What one ingest did")
public record IngestReport(
        @Schema(description = "The source name the releases were filed under", example = "SERCOP") String source,
        @Schema(description = "Releases found in the input, plus files or parts that could not be read",
                example = "3") long releasesRead,
        @Schema(description = "Releases stored for the first time", example = "1") long inserted,
        @Schema(description = "Releases stored before under the same ocid and id with other content, now replaced",
                example = "0") long replaced,
        @Schema(description = "Releases already stored with the same content: nothing changed", example = "1")
        long duplicates,
        @Schema(description = "Releases or files that could not be loaded", example = "1") long rejectedCount,
        @Schema(description = "The first 1,000 rejections, with where they were and why") List<Rejection> rejected,
        @Schema(description = "Compilations of processes (a process whose releases span two batches counts twice)",
                example = "1") long processesCompiled,
        @Schema(description = "Bytes read from the input, compressed size for compressed input", example = "11219")
        long bytesRead,
        @Schema(description = "Wall-clock duration in seconds", example = "0.084") double seconds) {

    /** A release or file that was not loaded, where it was and why. */
    @Schema(description = "A release or file that was not loaded")
    public record Rejection(
            @Schema(description = "File, then the place in it", example = "body.json: releases[2]") String position,
            @Schema(description = "Why it was refused", example = "missing date") String reason) {
    }

    /** Whether every release that was read got loaded. */
    public boolean complete() {
        return rejectedCount == 0;
    }
}
