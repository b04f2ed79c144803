package org.opencompras.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.ListResponse;

/** The shape of a page of contracts, for the API's documentation (a {@link ListResponse} of {@link ContractItem}). */
@Schema(name = "ContractList", description = "A page of contracts")
public record ContractList(List<ContractItem> data, ListResponse.Links links, ListResponse.Meta meta) {
}
