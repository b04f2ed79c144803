package org.opencompras.quality;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization the data names in several ways.
 *
 * @param id        its API id (for /suppliers/{id} or /buyers/{id})
 * @param name      the name it is listed under
 * @param processes the processes naming it as a supplier or buyer, whatever the name
 * @param variants  every name those processes give it, most used first
 */
@Schema(description = "A supplier or buyer named in several ways, with each name and how many processes use it")
public record NameVariantItem(
        @Schema(example = "EC-RUC-0993038210001") String id,
        @Schema(example = "MAXINSUMO S.A.") String name,
        @Schema(description = "Processes naming it as a supplier or buyer", example = "57") long processes,
        List<Variant> variants) {

    /** One way of naming the organization. */
    @Schema(description = "One way of naming the organization")
    public record Variant(@Schema(example = "MAX INSUMO SA") String name,
                          @Schema(description = "Processes naming it so", example = "12") long processes) {
    }
}
