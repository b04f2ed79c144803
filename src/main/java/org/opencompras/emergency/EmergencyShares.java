package org.opencompras.emergency;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.AnswerMeta;

/** The data of {@code /analytics/emergency}: the shares of emergency and direct procedures per group and period. */
@Schema(description = "Shares of emergency and direct procedures per group (the groups with most procedures first) "
        + "and, with `interval`, per period")
public record EmergencyShares(
        @Schema(description = "What groups are", example = "buyer",
                enumeration = {"all", "buyer", "mainProcurementCategory", "covidCategory"}) String by,
        @Schema(description = "The length of a period; null without `interval`", example = "month", nullable = true)
        String interval,
        @Schema(description = "How procedures are counted and dated", example = EmergencyExamples.COUNTED) String counted,
        List<Group> groups) {

    /** The shares and what they were computed from. */
    @Schema(name = "EmergencySharesAnswer", description = "The shares per group and what they were computed from")
    public record Answer(EmergencyShares data, AnswerMeta meta) {
    }

    /** One group: its key and name, its totals and its periods. */
    @Schema(description = "A group of procedures")
    public record Group(
            @Schema(description = "The buyer's id, the main procurement category or the category code; null for "
                    + "procedures without one, and for by=all", example = "EC-RUC-1768152560001", nullable = true)
            String key,
            @Schema(description = "The buyer's or category's name", example = "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO",
                    nullable = true) String name,
            Shares total,
            @Schema(description = "Per period, in order; empty without `interval`") List<Period> periods) {
    }

    /** One period of a group. */
    @Schema(description = "A period of a group")
    public record Period(
            @Schema(description = "The period's first instant, UTC", example = "2020-03-01T00:00:00Z") String start,
            Shares shares) {
    }
}
