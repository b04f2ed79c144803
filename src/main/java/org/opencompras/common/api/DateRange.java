package org.opencompras.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OCDS period: RFC 3339 instants, either of which may be missing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A period, as OCDS writes it")
public record DateRange(@Schema(example = "2020-04-01T00:00:00Z") String startDate,
                        @Schema(example = "2020-06-30T00:00:00Z") String endDate) {
}
