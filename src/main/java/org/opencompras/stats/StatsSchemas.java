package org.opencompras.stats;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.AnswerMeta;
import org.opencompras.common.api.ListResponse;

/** The shapes of the statistics' answers, for the API's documentation. */
final class StatsSchemas {

    private StatsSchemas() {
    }

    @Schema(name = "StatsSummaryAnswer", description = "The summary and what it was computed from")
    record SummaryAnswer(Summary data, AnswerMeta meta) {
    }

    @Schema(name = "StatsTimelineAnswer", description = "The timeline and what it was computed from")
    record TimelineAnswer(Timeline data, AnswerMeta meta) {
    }

    @Schema(name = "StatsConcentrationAnswer", description = "The concentration and what it was computed from")
    record ConcentrationAnswer(Concentration data, AnswerMeta meta) {
    }

    @Schema(name = "StatsGroupList", description = "A page of groups")
    record GroupPage(List<GroupRow> data, ListResponse.Links links, AnswerMeta meta) {
    }

    @Schema(name = "StatsRankingList", description = "A page of a ranking")
    record RankingPage(List<RankedOrganization> data, ListResponse.Links links, AnswerMeta meta) {
    }

    @Schema(name = "StatsCaptiveSupplierList", description = "A page of captive suppliers")
    record CaptivePage(List<CaptiveSupplier> data, ListResponse.Links links, AnswerMeta meta) {
    }
}
