package org.opencompras.emergency;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.ListResponse;

/** A page of flagged emergency procedures, in the one list shape, with the settings they were flagged by. */
@Schema(description = "A page of flagged emergency procedures, newest first, and the settings in effect")
public record FlagList(EmergencySettings settings, List<EmergencyFlag> data, ListResponse.Links links,
                       ListResponse.Meta meta) {

    static FlagList of(EmergencySettings settings, ListResponse<EmergencyFlag> page) {
        return new FlagList(settings, page.data(), page.links(), page.meta());
    }
}
