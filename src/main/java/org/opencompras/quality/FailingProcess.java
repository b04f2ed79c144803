package org.opencompras.quality;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A process that fails a check, to look at. */
@Schema(description = "A process failing a data-quality check")
public record FailingProcess(
        @Schema(example = "ocds-5wno2w-SIE-HOALO-2025-003-141697") String ocid,
        @Schema(example = "sercop") String source,
        @Schema(nullable = true, example = "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS") String title,
        @Schema(description = "The process", example = "https://api.example.org/api/v1/processes/ocds-5wno2w-SIE-HOALO-2025-003-141697")
        String self) {
}
