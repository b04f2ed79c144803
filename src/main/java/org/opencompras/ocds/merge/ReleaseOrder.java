package org.opencompras.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders releases for merging: by {@code date} as an instant, so that {@code 10:00-05:00} comes after
 * {@code 12:00Z}, keeping the given order of releases with the same date. Dates that do not parse are compared
 * as text, after all parseable ones. A single release is taken as is, even without a date.
 */
final class ReleaseOrder {

    private ReleaseOrder() {
    }

    static List<JsonNode> byDate(List<? extends JsonNode> releases) {
        for (JsonNode release : releases) {
            if (release == null || !release.isObject()) {
                throw new IllegalArgumentException("A release must be a JSON object, not " + release);
            }
        }
        List<JsonNode> sorted = new ArrayList<>(releases);
        if (sorted.size() > 1) {
            for (JsonNode release : sorted) {
                JsonNode date = release.get("date");
                if (date == null || !date.isTextual()) {
                    throw new IllegalArgumentException("Every release must have a string `date` to be merged; "
                            + "release " + release.get("id") + " has " + date);
                }
            }
            // List.sort is stable, so releases with the same date keep their order.
            sorted.sort(Comparator.comparing((JsonNode release) -> instant(release), Comparator.nullsLast(
                    Comparator.naturalOrder())).thenComparing(release -> release.get("date").textValue()));
        }
        return sorted;
    }

    private static Instant instant(JsonNode release) {
        try {
            return OffsetDateTime.parse(release.get("date").textValue()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
