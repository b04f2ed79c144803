package org.opencompras.parties;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.ListResponse;

/** The shapes of the supplier and buyer lists' pages, for the API's documentation (a {@link ListResponse} each). */
final class Pages {

    private Pages() {
    }

    @Schema(name = "OrganizationList", description = "A page of suppliers or buyers")
    record OrganizationPage(List<OrganizationItem> data, ListResponse.Links links, ListResponse.Meta meta) {
    }

    @Schema(name = "CounterpartList", description = "A page of a supplier's buyers or a buyer's suppliers")
    record CounterpartPage(List<CounterpartItem> data, ListResponse.Links links, ListResponse.Meta meta) {
    }
}
