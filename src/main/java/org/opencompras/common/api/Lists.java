package org.opencompras.common.api;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.opencompras.common.json.Timestamps;

/** Puts a page together in the one list shape: its items, its links and its meta. */
public final class Lists {

    private Lists() {
    }

    /**
     * @param nextCursor the cursor of the next page, null on the last page
     * @param total      the number of matching items, or null when not asked for
     */
    public static <T> ListResponse<T> of(List<T> data, UriInfo uri, String nextCursor, int limit,
                                         DataVersion.Version version, Long total) {
        URI request = PublicUris.requestUri(uri);
        String self = request.toString();
        String next = nextCursor == null ? null
                : UriBuilder.fromUri(request).replaceQueryParam(CursorCodec.PARAMETER, nextCursor).build().toString();
        String asOf = version == null || version.asOf() == null ? null : Timestamps.rfc3339(version.asOf());
        return new ListResponse<>(data, new ListResponse.Links(self, next), new ListResponse.Meta(limit, asOf, total));
    }
}
