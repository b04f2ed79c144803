package org.opencompras.categories;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.AnswerMeta;

/** The data of {@code /analytics/categories/timeline}: the spend per category in each period that has items. */
@Schema(description = "Items and spend per category and period, periods in order; a period or category without "
        + "counted items is left out")
public record CategoryTimeline(
        @Schema(example = "month", enumeration = {"week", "month", "year"}) String interval,
        @Schema(description = "How a process is dated", example = CategoryExamples.DATED) String datedBy,
        List<Period> periods) {

    /** The timeline and what it was computed from. */
    @Schema(name = "CategoryTimelineAnswer", description = "The spend per category and period, and what it was "
            + "computed from")
    public record Answer(CategoryTimeline data, AnswerMeta meta) {
    }

    /** One period: its first instant (UTC; weeks start on Monday) and its categories. */
    @Schema(description = "A period and its categories")
    public record Period(
            @Schema(description = "The period's first instant, UTC", example = "2020-03-01T00:00:00Z") String start,
            List<CategoryTotals> categories) {
    }
}
