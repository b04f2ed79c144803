package org.opencompras.parties;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.ListResponse;

/** The shapes of the supplier and buyer lists' pages, for the OpenAPI document only. */
final class Pages {

    private Pages() {
    }

    @Schema(name = "OrganizationPage", description = "A page of suppliers or buyers")
    static final class OrganizationPage {
        public List<OrganizationItem> data;
        public ListResponse.Links links;
        public ListResponse.Meta meta;
    }

    @Schema(name = "PartyContractPage", description = "A page of a supplier's or buyer's contracts")
    static final class ContractPage {
        public List<ContractItem> data;
        public ListResponse.Links links;
        public ListResponse.Meta meta;
    }

    @Schema(name = "CounterpartPage", description = "A page of a supplier's buyers or a buyer's suppliers")
    static final class CounterpartPage {
        public List<CounterpartItem> data;
        public ListResponse.Links links;
        public ListResponse.Meta meta;
    }
}
