package org.opencompras.source;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.api.AnswerMeta;
import org.opencompras.common.api.DataVersion;
import org.opencompras.common.api.RequestVersion;

/** Where the data comes from, and whether it is current. */
@Path("/api/v1/sources")
@Tag(name = "Sources", description = "Where the data comes from and how current each source is")
public class SourceResource {

    @Inject
    SourceService sources;

    @Inject
    RequestVersion version;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the sources of data",
            description = "Every source releases are filed under (a publisher harvested, or files loaded by hand), "
                    + "by name: its publisher, the releases and processes stored, the date of its newest release, "
                    + "when a harvest last fetched it successfully, its harvest units (a month's file, a listing "
                    + "page, a record, a URL) by state, and the units whose last attempt failed with the reason. "
                    + "`meta.dataAsOf` is the time of the last committed change: a harvest that found nothing new "
                    + "does not move it.")
    @APIResponse(responseCode = "200", description = "The sources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceReport.class),
                    examples = @ExampleObject(name = "sources", value = SourceExamples.SOURCES)))
    public SourceReport list() {
        DataVersion.Version current = version.get();
        return new SourceReport(new SourceReport.Data(sources.sources(current)), AnswerMeta.of(current, Map.of()));
    }
}
