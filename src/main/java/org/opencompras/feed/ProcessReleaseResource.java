package org.opencompras.feed;

import org.opencompras.common.api.PublicUris;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.problem.Problem;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.record.OcidParameter;

/** One release of a process, as published. */
@Path("/api/v1/processes")
@Tag(name = "OCDS")
public class ProcessReleaseResource {

    private static final String SEPARATOR = "/releases/";

    @Inject
    ReleaseService releases;

    @GET
    @Path("/{ocid: .+}/releases/{releaseId: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One release of a process, as published",
            description = "An OCDS 1.1 release package holding the stored copy of one release, exactly as its "
                    + "publisher wrote it (the latest copy, when the publisher re-issued it). OCIDs and release "
                    + "ids may contain '/': use them as they are in the path.")
    @APIResponse(responseCode = "200", description = "A release package with the release",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "release", value = FeedExamples.SINGLE_RELEASE)))
    @APIResponse(responseCode = "404", description = "No such release in this process",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown release", value = FeedExamples.RELEASE_NOT_FOUND)))
    public ObjectNode release(
            @Parameter(description = "The process's Open Contracting ID", example = "ocds-5wno2w-SIE-HOALO-2025-003-141697")
            @PathParam("ocid") String ocid,
            @Parameter(description = "The release's id within the process",
                    example = "SIE-HOALO-2025-003-141697-2025-12-19T20:58:31.040Z-compiled")
            @PathParam("releaseId") String releaseId,
            @Context UriInfo uri) {
        String notFound = "No release '" + OcidParameter.shown(releaseId) + "' in process '"
                + OcidParameter.shown(ocid) + "'";
        if (!OcidParameter.isPlausible(ocid) || !OcidParameter.isPlausible(releaseId)) {
            throw ProblemException.notFound(notFound);
        }
        // The path is split at its last "/releases/"; an ocid or id holding that text may need another split.
        String whole = ocid + SEPARATOR + releaseId;
        for (int at = whole.lastIndexOf(SEPARATOR); at > 0; at = whole.lastIndexOf(SEPARATOR, at - 1)) {
            var found = releases.find(whole.substring(0, at), whole.substring(at + SEPARATOR.length()));
            if (found.isPresent()) {
                return ReleasePackages.of(PublicUris.requestUri(uri).toString(), List.of(found.get()), null);
            }
        }
        throw ProblemException.notFound(notFound);
    }
}
