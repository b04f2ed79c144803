package org.opencompras.quality;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.ListResponse;

/** The shapes of the quality lists' pages, for the API's documentation (a {@link ListResponse} each). */
final class QualityPages {

    private QualityPages() {
    }

    @Schema(name = "NameVariantList", description = "A page of organizations named in several ways")
    record NameVariantPage(List<NameVariantItem> data, ListResponse.Links links, ListResponse.Meta meta) {
    }

    @Schema(name = "FailingProcessList", description = "A page of processes failing a check")
    record FailingProcessPage(List<FailingProcess> data, ListResponse.Links links, ListResponse.Meta meta) {
    }
}
