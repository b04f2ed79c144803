package org.opencompras.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an answer was computed from: the state of the data and the filters applied. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatsMeta", description = "About a statistic: the data's freshness and the filters applied")
public record StatsMeta(
        @Schema(description = "The page size asked for, on paged answers only", nullable = true, example = "50")
        Integer limit,
        @Schema(description = "When the data last changed: the time of the last committed ingest",
                example = "2026-11-25T14:03:12Z") String dataAsOf,
        @Schema(description = "How many rows match in all, only with includeTotal=true", nullable = true,
                example = "412") Long total,
        @Schema(description = "The shared filters applied, normalized (ids as the API writes them, dates as "
                + "instants in UTC); absent ones are left out", example = "{\"emergency\": true, \"currency\": \"USD\"}")
        Map<String, Object> filters) {
}
