package org.opencompras.prices;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The classification of an item class, as the items give it. */
@Schema(description = "The classification the items of a class share")
public record Classification(
        @Schema(description = "The scheme, as published (CPC for SERCOP)", example = "CPC", nullable = true)
        String scheme,
        @Schema(description = "The code", example = "352900011") String id,
        @Schema(description = "Its description, the one most items give", example = "MASCARILLA QUIRURGICA",
                nullable = true) String description) {
}
