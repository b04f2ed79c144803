package org.opencompras.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.DateRange;
import org.opencompras.common.api.OrganizationSummary;

/** A contract as lists give it: its OCDS fields, its parties and the process facts it is filtered by. */
@Schema(description = "A contract, with its buyer, its suppliers (those of its award) and its process's method")
public record ContractItem(
        @Schema(description = "The contract's id in this API, stable across reloads: `ocid~contract id` when both "
                + "are plain, else `~` and the base64url of both", example = "ocds-5wno2w-SIE-HOALO-2025-003-141697~2432755")
        String id,
        @Schema(example = "ocds-5wno2w-SIE-HOALO-2025-003-141697") String ocid,
        @Schema(description = "The contract's id in OCDS (contracts[].id)", example = "2432755") String ocdsId,
        @JsonProperty("awardID")
        @Schema(description = "The OCDS id of the award it comes from", example = "2432755-SIE-HOALO-2025-003",
                nullable = true) String awardID,
        @Schema(example = "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS", nullable = true) String title,
        @Schema(nullable = true) String description,
        @Schema(description = "OCDS contract status: pending, active, cancelled, terminated", example = "active",
                nullable = true) String status,
        @Schema(description = "When it was signed (RFC 3339, UTC)", example = "2020-04-02T15:00:00Z", nullable = true)
        String dateSigned,
        @Schema(nullable = true) DateRange period,
        @Schema(nullable = true) Amount value,
        @Schema(nullable = true) OrganizationSummary buyer,
        List<OrganizationSummary> suppliers,
        @Schema(example = "direct", nullable = true) String procurementMethod,
        @Schema(example = "Contratación de Emergencia", nullable = true) String procurementMethodDetails,
        @Schema(description = "Whether its process is an emergency procedure", example = "true") boolean emergency,
        @Schema(example = "goods", nullable = true) String mainProcurementCategory,
        @Schema(description = "The source it was loaded from", example = "SERCOP") String source,
        ItemLinks links) {
}
