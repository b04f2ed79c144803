package org.opencompras.source;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.AnswerMeta;

/** Every source, with its data's freshness. */
@Schema(name = "SourceReport", description = "Every source of data and how its harvest stands")
public record SourceReport(Data data, AnswerMeta meta) {

    /** The sources. */
    @Schema(name = "SourceReportData", description = "The sources, by name")
    public record Data(@Schema(description = "One entry per source, by name") List<SourceView> sources) {
    }
}
