package org.opencompras.quality;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.problem.Problem;
import org.opencompras.filter.ProcurementFilterParams;

/** How far the data can be trusted: per source, the processes failing each check, and their examples. */
@Path("/api/v1/quality")
@Tag(name = "Data quality", description = "Missing and malformed fields per source, and organizations named in several ways")
public class QualityResource {

    private static final String SOURCE = "Only this source (its name as given at ingest); an unknown one has no "
            + "processes. At most 200 characters.";
    private static final String FILTERS = " The shared filters apply to the processes, as /processes would list them "
            + "(status is the tender's, amounts the tender value's; `source` is one of them).";
    private static final String LIMIT = "Page size, 1 to 500 (default 50).";
    private static final String CURSOR = "links.next of the previous page.";
    private static final String INCLUDE_TOTAL = "true to count every matching item in meta.total.";

    @Inject
    DataQuality quality;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Data-quality report",
            description = "Per source: its processes and, for every check (missing buyer, supplier, amount, "
                    + "currency or dates, unknown procurement method, invalid RUCs, amounts given as text, "
                    + "references to no party, suppliers with several names...), how many processes fail it and "
                    + "their share. Each check has a stable code and says exactly what fails it. Checks are run "
                    + "when an ingest finishes: the report is that of the last finished ingest (`meta.checkedAsOf`)."
                    + FILTERS + " A share is then over the matching processes of the source, failing or not, "
                    + "whatever the check: `emergency=true` gives, of the emergency processes, the share without a "
                    + "supplier. A check keeps its meaning: suppliers with several names are still those named so "
                    + "across all the source's processes. Only sources with matching processes are listed; each "
                    + "check's `examples` lists its failing processes under the same filters.")
    @APIResponse(responseCode = "200", description = "The report, one entry per source",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QualityReport.class),
                    examples = {@ExampleObject(name = "report", value = QualityExamples.REPORT),
                            @ExampleObject(name = "emergency processes", value = QualityExamples.EMERGENCY_REPORT)}))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad filter", value = QualityExamples.BAD_FILTER),
                            @ExampleObject(name = "source too long", value = QualityExamples.BAD_SOURCE)}))
    public QualityReport report(@BeanParam ProcurementFilterParams filters, @Context UriInfo uri) {
        return quality.report(filters, uri);
    }

    @GET
    @Path("/name-variants")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organizations named in several ways",
            description = "Suppliers and buyers (and procuring entities) whose processes give them two or more "
                    + "different names (exactly as written), with each name and how many processes use it. A "
                    + "process names an organization once: by its entry in parties[], else by the reference. "
                    + "Over all sources unless `source` is given. Most variants first; as of the last finished "
                    + "ingest. Only `source` filters this list, not the other shared filters: whether an "
                    + "organization is named in several ways is judged over all the processes of a source (as the "
                    + "check supplier_name_variants judges it), and a subset of them would hide the names used "
                    + "elsewhere. For the filtered processes whose supplier has several names, see "
                    + "/quality/checks/supplier_name_variants/processes with the filters.")
    @APIResponse(responseCode = "200", description = "A page of organizations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QualityPages.NameVariantPage.class),
                    examples = @ExampleObject(name = "name variants", value = QualityExamples.NAME_VARIANTS)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit too large", value = QualityExamples.BAD_LIMIT)))
    public QualityPages.NameVariantPage nameVariants(
            @Parameter(description = SOURCE, example = "sercop") @QueryParam("source") String source,
            @Parameter(description = LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = CURSOR, example = "eyJxIjoiN2Fk...") @QueryParam("cursor") String cursor,
            @Parameter(description = INCLUDE_TOTAL, example = "true") @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        return quality.nameVariants(source, new KeysetLists.PageParams(limit, cursor, includeTotal), uri);
    }

    @GET
    @Path("/checks/{code}/processes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Processes failing a check",
            description = "The processes that fail one check of the report, by ocid, to see examples; as of the "
                    + "last finished ingest." + FILTERS)
    @APIResponse(responseCode = "200", description = "A page of processes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QualityPages.FailingProcessPage.class),
                    examples = @ExampleObject(name = "no supplier", value = QualityExamples.FAILING_PROCESSES)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad filter", value = QualityExamples.BAD_DATE_FILTER),
                            @ExampleObject(name = "limit too large", value = QualityExamples.BAD_LIMIT)}))
    @APIResponse(responseCode = "404", description = "No check with this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown check", value = QualityExamples.UNKNOWN_CHECK)))
    public QualityPages.FailingProcessPage failingProcesses(
            @Parameter(description = "The check's code, as in the report", example = "missing_supplier")
            @PathParam("code") String code,
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = CURSOR, example = "eyJxIjoiN2Fk...") @QueryParam("cursor") String cursor,
            @Parameter(description = INCLUDE_TOTAL, example = "true") @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        return quality.failingProcesses(code, filters, new KeysetLists.PageParams(limit, cursor, includeTotal), uri);
    }
}
