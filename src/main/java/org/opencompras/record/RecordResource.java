package org.opencompras.record;

import org.opencompras.common.api.PublicUris;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.json.Json;
import org.opencompras.common.json.Timestamps;
import org.opencompras.common.problem.Problem;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.record.RecordService.StoredRecord;

/** OCDS record packages: every release of a process, as published, with the compiled release. */
@Path("/api/v1/records")
@Tag(name = "OCDS", description = "Data in the Open Contracting Data Standard's own formats")
public class RecordResource {

    static final String PUBLISHER = "OpenCompras";

    @Inject
    RecordService records;

    @GET
    @Path("/{ocid: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OCDS record of one process",
            description = "A record package (OCDS 1.1) holding every stored release of the process, exactly as "
                    + "published and ordered by date, and the compiled release merged from them by the OCDS "
                    + "merge rules. The package's licence is the publisher's, when all releases share one. "
                    + "OCIDs may contain '/': use them as they are in the path.")
    @APIResponse(responseCode = "200", description = "The record package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "record",
                    value = RecordExamples.RECORD_PACKAGE)))
    @APIResponse(responseCode = "404", description = "No process with this ocid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown ocid", value = RecordExamples.NOT_FOUND)))
    public ObjectNode record(
            @Parameter(description = "The process's Open Contracting ID", example = "ocds-5wno2w-SIE-HOALO-2025-003-141697")
            @PathParam("ocid") String ocid,
            @Context UriInfo uri) {
        if (!OcidParameter.isPlausible(ocid)) {
            throw ProblemException.notFound("No process with ocid '" + OcidParameter.shown(ocid) + "'");
        }
        StoredRecord record = records.find(ocid)
                .orElseThrow(() -> ProblemException.notFound("No process with ocid '" + OcidParameter.shown(ocid) + "'"));
        return recordPackage(record, PublicUris.requestUri(uri).toString());
    }

    private static ObjectNode recordPackage(StoredRecord record, String uri) {
        ObjectNode pkg = Json.mapper().createObjectNode();
        pkg.put("uri", uri);
        pkg.put("version", "1.1");
        pkg.put("publishedDate", Timestamps.rfc3339(record.compiledAt()));
        pkg.putObject("publisher").put("name", PUBLISHER);
        if (record.license() != null) {
            pkg.put("license", record.license());
        }
        ObjectNode entry = pkg.putArray("records").addObject();
        entry.put("ocid", record.ocid());
        entry.putRawValue("releases", new RawValue(record.releases()));
        entry.putRawValue("compiledRelease", new RawValue(record.compiledRelease()));
        return pkg;
    }
}
