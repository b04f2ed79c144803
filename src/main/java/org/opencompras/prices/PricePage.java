package org.opencompras.prices;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.ListResponse;

/** The shape of a page of item classes, for the API's documentation (a {@link ListResponse}). */
@Schema(name = "PriceClassList", description = "A page of item classes with their unit prices")
record PricePage(List<PriceClass> data, ListResponse.Links links, ListResponse.Meta meta) {
}
