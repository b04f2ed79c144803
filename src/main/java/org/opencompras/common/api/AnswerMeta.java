package org.opencompras.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.json.Timestamps;

/**
 * What an answer was computed from: the state of the data and the filters applied; on a page, also its size and,
 * when asked for, the number of matching rows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AnswerMeta", description = "About an answer: the data's freshness and the filters applied")
public record AnswerMeta(
        @Schema(description = "The page size asked for, on paged answers only", nullable = true, example = "50")
        Integer limit,
        @Schema(description = "When the data last changed: the time of the last committed ingest",
                example = "2026-11-25T14:03:12Z") String dataAsOf,
        @Schema(description = "How many rows match in all, only with includeTotal=true", nullable = true,
                example = "412") Long total,
        @Schema(description = "The shared filters applied, normalized (ids as the API writes them, dates as "
                + "instants in UTC); absent ones are left out", example = "{\"emergency\": true, \"currency\": \"USD\"}")
        Map<String, Object> filters) {

    /** The meta of a single answer computed at this version of the data. */
    public static AnswerMeta of(DataVersion.Version version, Map<String, Object> filters) {
        return new AnswerMeta(null, asOf(version), null, filters);
    }

    /** The meta of a page, with the filters it was listed by. */
    public static AnswerMeta of(ListResponse.Meta page, Map<String, Object> filters) {
        return new AnswerMeta(page.limit(), page.dataAsOf(), page.total(), filters);
    }

    /** When the data of this version last changed, as the API writes instants; null before any ingest. */
    public static String asOf(DataVersion.Version version) {
        return version == null || version.asOf() == null ? null : Timestamps.rfc3339(version.asOf());
    }
}
