package org.opencompras.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.ApiLinks;

/** Where a contract or an award is, and its process and OCDS record. */
@Schema(description = "Links to this item, its process and the process's OCDS record")
public record ItemLinks(
        @Schema(example = "https://api.example.org/api/v1/contracts/ocds-5wno2w-SIE-HOALO-2025-003-141697~2432755")
        String self,
        @Schema(example = "https://api.example.org/api/v1/processes/ocds-5wno2w-SIE-HOALO-2025-003-141697")
        String process,
        @Schema(example = "https://api.example.org/api/v1/records/ocds-5wno2w-SIE-HOALO-2025-003-141697")
        String record) {

    public static ItemLinks of(ApiLinks links, String collection, String id, String ocid) {
        return new ItemLinks(links.to(collection, id), links.to("processes", ocid), links.to("records", ocid));
    }
}
