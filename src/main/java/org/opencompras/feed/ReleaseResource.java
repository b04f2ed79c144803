package org.opencompras.feed;

import org.opencompras.common.api.PublicUris;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opencompras.common.api.CursorCodec;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.problem.Problem;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.feed.ReleaseService.StoredRelease;

/** Every stored release, as published, in OCDS release packages a page at a time. */
@Path("/api/v1/releases")
@Tag(name = "OCDS")
public class ReleaseResource {

    @Inject
    ReleaseService releases;

    @Inject
    CursorCodec cursors;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Releases, as published, page by page",
            description = "An OCDS 1.1 release package of stored releases, each exactly as its publisher wrote it, "
                    + "ordered by release date (ties in storage order). Follow links.next (also sent as an RFC "
                    + "8288 Link header) for the next page; it is absent on the last page. Pages are cut by "
                    + "position, not by offset, so walking all pages is as fast at the end as at the start. A "
                    + "release re-issued with a new date while you walk may move past or behind your position: "
                    + "to keep a copy up to date, use the changes feed. The licence is given when every release "
                    + "of the page was published under the same one. When no release matches, the answer is 204 No Content: "
                    + "an OCDS release package holds at least one release.")
    @APIResponse(responseCode = "200", description = "A release package with up to `limit` releases",
            headers = @Header(name = "Link", description = "The next page, as <url>; rel=\"next\", when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "page", value = FeedExamples.RELEASE_PAGE)))
    @APIResponse(responseCode = "204", description = "No release matches: there is no package to give")
    @APIResponse(responseCode = "400", description = "A parameter is not acceptable; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "bad since", value = FeedExamples.BAD_SINCE_DATE),
                            @ExampleObject(name = "bad limit", value = FeedExamples.BAD_LIMIT),
                            @ExampleObject(name = "bad cursor", value = FeedExamples.BAD_CURSOR)}))
    public RestResponse<ObjectNode> list(
            @Parameter(description = "Only releases whose date is at or after this instant: an ISO 8601 date-time "
                    + "with a zone offset, or a date meaning its start in UTC", example = "2025-12-01T00:00:00-05:00")
            @QueryParam("since") String since,
            @Parameter(description = "Only the releases of this process", example = "ocds-5wno2w-SIE-HOALO-2025-003-141697")
            @QueryParam("ocid") String ocid,
            @Parameter(description = "Releases per page, 1 to " + FeedParameters.MAX_LIMIT + " (default "
                    + FeedParameters.DEFAULT_LIMIT + ")", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                            maximum = "" + FeedParameters.MAX_LIMIT, defaultValue = "" + FeedParameters.DEFAULT_LIMIT))
            @QueryParam("limit") String limit,
            @Parameter(description = "Where the page starts: copied from links.next, never built by hand; only "
                    + "valid with the since and ocid it was made for, for 24 hours", example = "eyJxIjoiNGQ1YjFlMGE5YzZmMzI4NyIs...")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        var filter = new ReleaseFilter(FeedParameters.sinceDate(since), FeedParameters.ocid(ocid));
        int size = FeedParameters.limit(limit);
        String cursorQuery = "releases\n" + filter.key();
        List<String> after = null;
        if (cursor != null && !cursor.isEmpty()) {
            after = cursors.decode(cursor, cursorQuery);
            if (!KeysetQuery.fits(ReleaseService.ORDER, after)) {
                throw ProblemException.invalidParameter(CursorCodec.PARAMETER, FeedParameters.CURSOR_RULE);
            }
        }
        KeysetQuery.Page<StoredRelease> page = releases.page(filter, after, size);
        if (page.rows().isEmpty()) {
            return RestResponse.noContent();
        }
        String next = page.next() == null ? null : QueryLinks.withQuery(uri, QueryLinks.parameters(
                "since", filter.since() == null ? null : filter.since().toString(),
                "ocid", filter.ocid(),
                "limit", String.valueOf(size),
                "cursor", cursors.encode(cursorQuery, page.next())));
        var response = RestResponse.ResponseBuilder.ok(
                ReleasePackages.of(PublicUris.requestUri(uri).toString(), page.rows(), next));
        if (next != null) {
            response.header(HttpHeaders.LINK, QueryLinks.header(next, "next"));
        }
        return response.build();
    }
}
