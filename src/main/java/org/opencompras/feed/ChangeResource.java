package org.opencompras.feed;

import org.opencompras.common.api.PublicUris;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.ArrayList;
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
import org.opencompras.common.json.Json;
import org.opencompras.common.json.Timestamps;
import org.opencompras.common.problem.Problem;
import org.opencompras.feed.ChangeEntries.Entry;
import org.opencompras.feed.ChangeService.Event;

/** The changes feed: what agencies that keep a copy of the data read to stay in step with it. */
@Path("/api/v1/changes")
@Tag(name = "Sync", description = "Keeping a copy of the data up to date")
public class ChangeResource {

    @Inject
    ChangeService changes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything that changed, in commit order",
            description = "Every release added or replaced and every process whose compiled release changed, in "
                    + "the order the changes were committed, each entry with its watermark. A release entry is an "
                    + "upsert (the release as published, with its hash and date) or a tombstone (the copy with "
                    + "that hash is no longer current: remove it); a re-issued release appears as the old copy's "
                    + "tombstone followed by the new copy's upsert. A process entry gives the hash of its compiled "
                    + "release and links to it. Start without `since`, follow links.next (also sent as an RFC 8288 "
                    + "Link header) until it is null, keep meta.watermark, and later ask again with "
                    + "since=<that watermark> for what changed after it. Applying the entries in order leaves "
                    + "exactly the current releases and processes; a change committed while you read is never "
                    + "skipped, it appears after your watermark. Watermarks are opaque and increase along the feed.")
    @APIResponse(responseCode = "200", description = "Up to `limit` entries after `since`",
            headers = @Header(name = "Link", description = "The next page, as <url>; rel=\"next\", when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "changes", value = FeedExamples.CHANGES)))
    @APIResponse(responseCode = "400", description = "A parameter is not acceptable; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "bad watermark", value = FeedExamples.BAD_WATERMARK),
                            @ExampleObject(name = "bad limit", value = FeedExamples.BAD_CHANGES_LIMIT)}))
    public RestResponse<ObjectNode> changes(
            @Parameter(description = "Return what changed after this watermark (meta.watermark or an entry's "
                    + "watermark of an earlier answer); empty or absent for everything from the beginning",
                    example = "AQAAAAAAAAArAXg_pog")
            @QueryParam("since") String since,
            @Parameter(description = "Entries per page, 1 to " + FeedParameters.MAX_LIMIT + " (default "
                    + FeedParameters.DEFAULT_LIMIT + ")", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                            maximum = "" + FeedParameters.MAX_LIMIT, defaultValue = "" + FeedParameters.DEFAULT_LIMIT))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        Watermark from = FeedParameters.watermark(since);
        int size = FeedParameters.limit(limit);
        // The event at the watermark may be used up already; the one after the page tells whether there is more.
        List<Entry> entries = new ArrayList<>();
        for (Event event : changes.events(from.seq(), size + 2)) {
            ChangeEntries.of(event).stream().filter(e -> e.watermark().compareTo(from) > 0).forEach(entries::add);
        }
        List<Entry> page = entries.subList(0, Math.min(size, entries.size()));
        Watermark last = page.isEmpty() ? from : page.get(page.size() - 1).watermark();
        String next = entries.size() > size
                ? QueryLinks.withQuery(uri, QueryLinks.parameters("since", last.encode(), "limit", String.valueOf(size)))
                : null;

        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode data = body.putArray("data");
        page.forEach(e -> data.add(e.json()));
        ObjectNode links = body.putObject("links");
        links.put("self", PublicUris.requestUri(uri).toString());
        links.put("next", next);
        ObjectNode meta = body.putObject("meta");
        meta.put("limit", size);
        meta.put("watermark", last.encode());
        meta.put("dataAsOf", changes.latestChange().map(Timestamps::rfc3339).orElse(null));
        var response = RestResponse.ResponseBuilder.ok(body);
        if (next != null) {
            response.header(HttpHeaders.LINK, QueryLinks.header(next, "next"));
        }
        return response.build();
    }
}
