package org.opencompras.emergency;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.AnswerMeta;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.Paged;

/** A page of flagged emergency procedures, in the one list shape; its meta adds the settings they were flagged by. */
@Schema(description = "A page of flagged emergency procedures, newest first")
public record FlagList(List<EmergencyFlag> data, ListResponse.Links links, Meta meta) implements Paged {

    static FlagList of(ListResponse<EmergencyFlag> page, Map<String, Object> filters, EmergencySettings settings) {
        AnswerMeta meta = AnswerMeta.of(page.meta(), filters);
        return new FlagList(page.data(), page.links(),
                new Meta(meta.limit(), meta.dataAsOf(), meta.total(), meta.filters(), settings));
    }

    /** About a page of flags: the page, the filters applied and the settings in effect. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EmergencyFlagMeta", description = "About a page of flags: its size, the data's freshness, the "
            + "filters applied and the settings the flags were computed with")
    public record Meta(
            @Schema(description = "The page size asked for", example = "50") Integer limit,
            @Schema(description = "When the data last changed: the time of the last committed ingest",
                    example = "2026-11-25T14:03:12Z") String dataAsOf,
            @Schema(description = "How many procedures are flagged in all, only with includeTotal=true",
                    nullable = true, example = "37") Long total,
            @Schema(description = "The shared filters applied, normalized; absent ones are left out",
                    example = "{\"buyer\": \"EC-RUC-1760001550001\"}") Map<String, Object> filters,
            EmergencySettings settings) {
    }
}
