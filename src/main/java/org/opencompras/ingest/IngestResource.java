package org.opencompras.ingest;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.common.problem.Problem;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.ingest.read.ReadProgress;

/** Takes an OCDS file as the request body: the HTTP twin of the {@code ingest} command. */
@Path("/api/v1/ingest")
@Tag(name = "Admin", description = "Loading data; needs an admin key")
@SecurityScheme(securitySchemeName = "adminKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "One of the keys configured in OPENCOMPRAS_ADMIN_KEYS")
public class IngestResource {

    static final String NDJSON = "application/x-ndjson";
    /** The paths this resource answers, for {@link IngestGate}. */
    static final String PATH_PATTERN = "/api/v1/ingest/?";

    @Inject
    AdminKeys adminKeys;

    @Inject
    IngestService ingest;

    @Inject
    OpenComprasConfig config;

    @POST
    @Blocking
    @Consumes({MediaType.APPLICATION_JSON, NDJSON, "application/gzip", "application/zip",
            MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "adminKey")
    @Operation(summary = "Load an OCDS file",
            description = "Loads the body: a release package, a record package, a release, a JSON array or JSON "
                    + "lines of these, or a zip of such files; gzip'ed bodies are accepted with "
                    + "'Content-Encoding: gzip'. Releases already stored with the same content count as "
                    + "duplicates and change nothing; a release stored with different content is replaced. "
                    + "Invalid releases, and releases larger than allowed, are rejected one by one, with their "
                    + "position and reason, while the rest loads.")
    @RequestBody(description = "The OCDS data", required = true)
    @APIResponse(responseCode = "200", description = "What the ingest did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IngestReport.class),
                    examples = @ExampleObject(name = "report", value = IngestExamples.REPORT)))
    @APIResponse(responseCode = "400", description = "The source name is not acceptable, or the body could not be "
            + "read to its end (cut off, or packed in more than four layers of compression); what was read before is "
            + "stored, and sending the body again finishes the job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad source", value = IngestExamples.BAD_SOURCE),
                            @ExampleObject(name = "body cut off", value = IngestExamples.CUT_SHORT)}))
    @APIResponse(responseCode = "401", description = "No admin key, or not a valid one; the body is not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing key", value = IngestExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "413", description = "The body is larger than opencompras.ingest.max-body-size "
            + "(refused before reading when Content-Length says so, else where the limit is passed), or it "
            + "decompresses to more than opencompras.ingest.max-decompressed-bytes; what was stored before is kept",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "too large", value = IngestExamples.TOO_LARGE),
                            @ExampleObject(name = "decompresses to too much",
                                    value = IngestExamples.DECOMPRESSES_TOO_MUCH)}))
    public IngestReport ingest(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "The name the releases are filed under, e.g. the publisher",
                    example = "SERCOP") @QueryParam("source") String source,
            InputStream body) {
        adminKeys.require(authorization);
        String sourceName = source == null || source.isBlank() ? SourceName.DEFAULT_HTTP : source.trim();
        if (!SourceName.isValid(sourceName)) {
            throw ProblemException.invalidParameter("source", SourceName.RULE);
        }
        var progress = new ReadProgress();
        var reader = ingest.reader();
        long maxBytes = config.ingest().maxBodySize().asLongValue();
        return ingest.ingest(sourceName, "http",
                sink -> reader.read(body, bodyName(contentType), maxBytes, sink, progress), progress);
    }

    static String tooLarge(long limit) {
        return "The request body is larger than this server takes (" + limit + " bytes, "
                + "opencompras.ingest.max-body-size): split the file, or load it with the ingest command";
    }

    /** A file name that tells the reader the body's format; gzip is recognised from its magic bytes. */
    private static String bodyName(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (type.startsWith(NDJSON)) {
            return "body.jsonl";
        }
        return type.startsWith("application/zip") ? "body.zip" : "body.json";
    }
}
