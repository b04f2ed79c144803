package org.opencompras.award;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.contract.ItemLinks;

/** An award as lists give it: its OCDS fields, its parties and the process facts it is filtered by. */
@Schema(description = "An award, with its buyer, its suppliers and its process's method")
public record AwardItem(
        @Schema(description = "The award's id in this API, stable across reloads: `ocid~award id` when both are "
                + "plain, else `~` and the base64url of both",
                example = "ocds-5wno2w-SIE-HOALO-2025-003-141697~2432755-SIE-HOALO-2025-003") String id,
        @Schema(example = "ocds-5wno2w-SIE-HOALO-2025-003-141697") String ocid,
        @Schema(description = "The award's id in OCDS (awards[].id)", example = "2432755-SIE-HOALO-2025-003")
        String ocdsId,
        @Schema(example = "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS", nullable = true) String title,
        @Schema(nullable = true) String description,
        @Schema(description = "OCDS award status: pending, active, cancelled, unsuccessful", example = "active",
                nullable = true) String status,
        @Schema(description = "The award's date (RFC 3339, UTC)", example = "2020-03-30T21:00:00Z", nullable = true)
        String date,
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
