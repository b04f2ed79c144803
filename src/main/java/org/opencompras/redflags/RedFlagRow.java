package org.opencompras.redflags;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.OrganizationSummary;

/**
 * One subject of the red-flag list: a process (ocid, title, buyer) or an organization, with its result for each
 * indicator asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RedFlagRow", description = "A process or organization and its result for each indicator. A flag is "
        + "a reason to look closer, not proof of wrongdoing.")
public record RedFlagRow(
        @Schema(description = "The process (by=process)", example = "ocds-5wno2w-SIE-HOALO-2025-003-141697") String ocid,
        @Schema(description = "The process's title (by=process)", example = "Adquisición de mascarillas") String title,
        @Schema(description = "The process's buyer (by=process)") OrganizationSummary buyer,
        @Schema(description = "The organization (by=buyer, by=tenderer or by=supplier)") OrganizationSummary organization,
        @Schema(description = "The result of each indicator asked for, by code") Map<String, Result> indicators) {

    /**
     * One indicator's result.
     *
     * @param processes for an organization, how many of its processes have each outcome
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RedFlagResult", description = "An indicator's result: flagged, notFlagged, or notComputable (the "
            + "data lacks what it needs, or the process is outside what it assesses) with the reason")
    public record Result(
            @Schema(description = "flagged, notFlagged or notComputable", example = "flagged") Outcome outcome,
            @Schema(description = "For a process, the measured value (days for R003, the number of tenderers for "
                    + "R018, the bid difference for R024 and R058, the number of disqualified tenderers for R035, the "
                    + "excess over the tender value for X001, the longest contract period in days for X002; absent for yes/no indicators). For an organization, the "
                    + "share of its assessed processes that are flagged; for R038 and R048, assessed per organization, "
                    + "the share of its bids disqualified (R038) or its number of item categories (R048).", example = "0.0053") BigDecimal value,
            @Schema(description = "The threshold or fence the value was compared with", example = "0.0120")
            BigDecimal threshold,
            @Schema(description = "Why the indicator could not be computed", example = "no tender.numberOfTenderers")
            String reason,
            @Schema(description = "For an organization: its processes by outcome") ProcessCounts processes) {
    }

    @Schema(name = "RedFlagProcessCounts", description = "How many of an organization's processes have each outcome")
    public record ProcessCounts(@Schema(example = "3") long flagged, @Schema(example = "40") long notFlagged,
                                @Schema(example = "12") long notComputable) {
    }
}
