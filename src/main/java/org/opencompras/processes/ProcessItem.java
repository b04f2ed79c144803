package org.opencompras.processes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.DateRange;
import org.opencompras.common.api.OrganizationSummary;

/** One OCDS process (contracting process) as the process list and the process resource show it. */
@Schema(description = "One contracting process: its tender and what was awarded and contracted")
public record ProcessItem(
        @Schema(description = "Open Contracting ID", example = "ocds-5wno2w-SIE-HOALO-2025-003-141697") String ocid,
        @Schema(description = "The tender's title", nullable = true,
                example = "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS") String title,
        @Schema(description = "The tender's description", nullable = true,
                example = "Adquisición de insumos médicos para la emergencia sanitaria") String description,
        @Schema(description = "The tender's OCDS status", nullable = true, example = "complete") String status,
        @Schema(description = "OCDS procurement method: open, selective, limited or direct", nullable = true,
                example = "direct") String procurementMethod,
        @Schema(description = "The publisher's own name of the method", nullable = true,
                example = "Contratación de Emergencia") String procurementMethodDetails,
        @Schema(description = "Whether the method details name an emergency procedure", example = "true")
        boolean emergency,
        @Schema(description = "goods, works or services", nullable = true, example = "goods")
        String mainProcurementCategory,
        @Schema(description = "The buyer, as named in this process", nullable = true) OrganizationSummary buyer,
        @Schema(description = "The tender's estimated value", nullable = true) Amount tenderValue,
        @Schema(description = "When bids were received", nullable = true) DateRange tenderPeriod,
        @Schema(description = "Date of the process's first release", example = "2020-03-20T10:15:00Z")
        String datePublished,
        @Schema(description = "Date of the process's latest release", example = "2020-04-02T16:40:00Z")
        String dateModified,
        @Schema(description = "How many bids were received", nullable = true, example = "3")
        Integer numberOfTenderers,
        @Schema(description = "The source the process was loaded from", example = "SERCOP") String source,
        @Schema(description = "What was awarded and contracted") Totals totals,
        @Schema(description = "Where the process and its OCDS record are") Links links) {

    /** Awards and contracts of the process. */
    @Schema(name = "ProcessTotals", description = "Awards and contracts of the process")
    public record Totals(@Schema(description = "Every award, whatever its status") CountAndValues awards,
                         @Schema(description = "Every contract, whatever its status") CountAndValues contracts) {
    }

    /** How many, and their values added up per currency. */
    @Schema(description = "How many, and their values added up per currency; amounts in different currencies are "
            + "never added together (currency null: the data gave none or an invalid one)")
    public record CountAndValues(@Schema(example = "2") long count,
                                 @Schema(description = "One sum per currency") List<Amount> values) {
    }

    @Schema(name = "ProcessLinks", description = "Links of a process")
    public record Links(
            @Schema(example = "https://api.example.org/api/v1/processes/ocds-5wno2w-SIE-HOALO-2025-003-141697")
            String self,
            @Schema(description = "Its OCDS record package: every release as published and the compiled release",
                    example = "https://api.example.org/api/v1/records/ocds-5wno2w-SIE-HOALO-2025-003-141697")
            String record) {
    }
}
