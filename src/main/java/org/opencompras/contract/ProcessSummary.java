package org.opencompras.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.Amount;

/** The process a contract or an award belongs to, in brief. */
@Schema(description = "The procurement process, in brief")
public record ProcessSummary(
        @Schema(example = "ocds-5wno2w-SIE-HOALO-2025-003-141697") String ocid,
        @Schema(description = "The tender's title", example = "ADQUISICIÓN DE MASCARILLAS", nullable = true) String title,
        Tender tender) {

    /** The tender of the process. */
    @Schema(description = "The tender: its status, estimated value and how many bid")
    public record Tender(@Schema(example = "complete", nullable = true) String status,
                         @Schema(nullable = true) Amount value,
                         @Schema(example = "3", nullable = true) Integer numberOfTenderers) {
    }
}
