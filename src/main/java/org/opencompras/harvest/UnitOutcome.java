package org.opencompras.harvest;

/**
 * What one unit came to in a run.
 *
 * @param reason why it failed, for the person running the harvest; {@code null} otherwise
 */
public record UnitOutcome(String key, String url, Result result, String reason, long releasesRead,
        long releasesNew, long releasesReplaced, long bytes) {

    public enum Result {
        /** New content, ingested. */
        LOADED,
        /** The content last loaded: nothing ingested. */
        UNCHANGED,
        /** Not fetched whole, or refused in part: named on stderr, fetched again next run. */
        FAILED
    }

    static UnitOutcome failed(UnitRef ref, String reason) {
        return new UnitOutcome(ref.key(), ref.url(), Result.FAILED, reason, 0, 0, 0, 0);
    }
}
