package org.opencompras.common.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as a list item names it: its API id and the name it has in this context. */
@Schema(description = "An organization: its id (for /suppliers/{id} or /buyers/{id}) and name")
public record OrganizationSummary(@Schema(example = "EC-RUC-1768152560001") String id,
                                  @Schema(example = "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO") String name) {
}
