package org.opencompras.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.DateRange;
import org.opencompras.common.api.OrganizationSummary;

/** One contract: the fields of a list item, with its award, its items and its process in brief. */
@Schema(description = "A contract with its award, items and process")
public record ContractDetail(
        @Schema(example = "ocds-5wno2w-SIE-HOALO-2025-003-141697~2432755") String id,
        @Schema(example = "ocds-5wno2w-SIE-HOALO-2025-003-141697") String ocid,
        @Schema(example = "2432755") String ocdsId,
        @JsonProperty("awardID") @Schema(example = "2432755-SIE-HOALO-2025-003", nullable = true) String awardID,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String description,
        @Schema(example = "active", nullable = true) String status,
        @Schema(example = "2020-04-02T15:00:00Z", nullable = true) String dateSigned,
        @Schema(nullable = true) DateRange period,
        @Schema(nullable = true) Amount value,
        @Schema(nullable = true) OrganizationSummary buyer,
        List<OrganizationSummary> suppliers,
        @Schema(nullable = true) String procurementMethod,
        @Schema(nullable = true) String procurementMethodDetails,
        boolean emergency,
        @Schema(nullable = true) String mainProcurementCategory,
        String source,
        ItemLinks links,
        @Schema(description = "The award the contract comes from; null when awardID names no stored award",
                nullable = true) AwardRef award,
        @Schema(description = "The contract's items, in their published order") List<ItemView> items,
        ProcessSummary process) {

    /** The award a contract comes from. */
    @Schema(description = "An award, in brief")
    public record AwardRef(
            @Schema(description = "Its id in this API (for /awards/{id})",
                    example = "ocds-5wno2w-SIE-HOALO-2025-003-141697~2432755-SIE-HOALO-2025-003") String id,
            @Schema(example = "2432755-SIE-HOALO-2025-003") String ocdsId,
            @Schema(example = "2020-03-30T21:00:00Z", nullable = true) String date,
            @Schema(nullable = true) Amount value,
            @Schema(example = "active", nullable = true) String status) {
    }

    static ContractDetail of(ContractItem c, AwardRef award, List<ItemView> items, ProcessSummary process) {
        return new ContractDetail(c.id(), c.ocid(), c.ocdsId(), c.awardID(), c.title(), c.description(), c.status(),
                c.dateSigned(), c.period(), c.value(), c.buyer(), c.suppliers(), c.procurementMethod(),
                c.procurementMethodDetails(), c.emergency(), c.mainProcurementCategory(), c.source(), c.links(),
                award, items, process);
    }
}
