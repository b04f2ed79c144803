package org.opencompras.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one shape of every list: the page's items, links to this page and the next, and what the page is.
 *
 * @param data  the items of this page
 * @param links where this page and the next one are
 * @param meta  the page size, the data's freshness and, when asked for, the number of matching items
 */
public record ListResponse<T>(List<T> data, Links links, Meta meta) implements Paged {

    /** Links of a page; {@code next} is null on the last page. */
    @Schema(description = "Links of a page")
    public record Links(
            @Schema(description = "This page", example = "https://api.example.org/api/v1/contracts?limit=2") String self,
            @Schema(description = "The next page, or null on the last one", nullable = true,
                    example = "https://api.example.org/api/v1/contracts?limit=2&cursor=eyJ...") @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
    }

    /** About a page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "About a page")
    public record Meta(
            @Schema(description = "The page size asked for", example = "50") int limit,
            @Schema(description = "When the data last changed: the time of the last committed ingest",
                    example = "2026-11-25T14:03:12Z") String dataAsOf,
            @Schema(description = "How many items match in all, only with includeTotal=true", nullable = true,
                    example = "8299") Long total) {
    }
}
