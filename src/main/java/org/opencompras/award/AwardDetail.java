package org.opencompras.award;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.contract.ItemLinks;
import org.opencompras.contract.ItemView;
import org.opencompras.contract.ProcessSummary;

/** One award: the fields of a list item, with its contracts, its items and its process in brief. */
@Schema(description = "An award with its contracts, items and process")
public record AwardDetail(
        @Schema(example = "ocds-5wno2w-SIE-HOALO-2025-003-141697~2432755-SIE-HOALO-2025-003") String id,
        @Schema(example = "ocds-5wno2w-SIE-HOALO-2025-003-141697") String ocid,
        @Schema(example = "2432755-SIE-HOALO-2025-003") String ocdsId,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String description,
        @Schema(example = "active", nullable = true) String status,
        @Schema(example = "2020-03-30T21:00:00Z", nullable = true) String date,
        @Schema(nullable = true) Amount value,
        @Schema(nullable = true) OrganizationSummary buyer,
        List<OrganizationSummary> suppliers,
        @Schema(nullable = true) String procurementMethod,
        @Schema(nullable = true) String procurementMethodDetails,
        boolean emergency,
        @Schema(nullable = true) String mainProcurementCategory,
        String source,
        ItemLinks links,
        @Schema(description = "The contracts signed for this award") List<ContractRef> contracts,
        @Schema(description = "The award's items, in their published order") List<ItemView> items,
        ProcessSummary process) {

    /** A contract of an award. */
    @Schema(description = "A contract, by id")
    public record ContractRef(
            @Schema(description = "Its id in this API (for /contracts/{id})",
                    example = "ocds-5wno2w-SIE-HOALO-2025-003-141697~2432755") String id,
            @Schema(example = "2432755") String ocdsId) {
    }

    static AwardDetail of(AwardItem a, List<ContractRef> contracts, List<ItemView> items, ProcessSummary process) {
        return new AwardDetail(a.id(), a.ocid(), a.ocdsId(), a.title(), a.description(), a.status(), a.date(),
                a.value(), a.buyer(), a.suppliers(), a.procurementMethod(), a.procurementMethodDetails(),
                a.emergency(), a.mainProcurementCategory(), a.source(), a.links(), contracts, items, process);
    }
}
