package org.opencompras.award;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.ListResponse;

/** The shape of a page of awards, for the API's documentation (a {@link ListResponse} of {@link AwardItem}). */
@Schema(name = "AwardList", description = "A page of awards")
record AwardList(List<AwardItem> data, ListResponse.Links links, ListResponse.Meta meta) {
}
