package org.opencompras.parties;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.DateRange;
import org.opencompras.common.api.OrganizationSummary;

/** A contract, as the contract lists of a supplier or buyer show it. */
@Schema(name = "PartyContract", description = "A contract, with its process's buyer and its award's suppliers")
public record ContractItem(
        @Schema(description = "The contract's API id: its ocid and OCDS id", example = "ocds-5wno2w-CE-20200000123-2020-58742~2003581-CE-20200000123")
        String id,
        @Schema(description = "The process's Open Contracting ID", example = "ocds-5wno2w-CE-20200000123-2020-58742")
        String ocid,
        @Schema(description = "The contract's id within its process, as OCDS gives it", example = "2003581-CE-20200000123")
        String ocdsId,
        @Schema(description = "The award it comes from", nullable = true, example = "1003581-CE-20200000123")
        String awardId,
        @Schema(nullable = true, example = "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS") String title,
        @Schema(description = "OCDS contract status", nullable = true, example = "active") String status,
        @Schema(nullable = true, example = "2020-03-27T15:00:00Z") String dateSigned,
        @Schema(nullable = true) DateRange period,
        @Schema(nullable = true) Amount value,
        @Schema(description = "The process's buyer", nullable = true) OrganizationSummary buyer,
        @Schema(description = "The award's suppliers") List<OrganizationSummary> suppliers,
        @Schema(nullable = true, example = "direct") String procurementMethod,
        @Schema(nullable = true, example = "Contratación de Emergencia") String procurementMethodDetails,
        @Schema(example = "true") boolean emergency,
        Links links) {

    @Schema(name = "PartyContractLinks", description = "Where the contract's process is")
    public record Links(
            @Schema(example = "https://api.example.org/api/v1/processes/ocds-5wno2w-CE-20200000123-2020-58742")
            String process,
            @Schema(example = "https://api.example.org/api/v1/records/ocds-5wno2w-CE-20200000123-2020-58742")
            String record) {
    }
}
