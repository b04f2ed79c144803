package org.opencompras.processes;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.opencompras.common.api.ExportFormat;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.problem.Problem;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;
import org.opencompras.record.OcidParameter;

/** Contracting processes: the list, filtered and sorted, and one process. */
@Path("/api/v1/processes")
@Tag(name = "Processes", description = "Contracting processes: one per OCDS ocid, with its tender, awards and contracts")
public class ProcessesResource {

    @Inject
    KeysetLists lists;

    @Inject
    DataSource dataSource;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_CONTENT_TYPE, ExportFormat.NDJSON_CONTENT_TYPE})
    @Operation(summary = "List processes",
            description = "One item per contracting process (OCDS ocid), compiled from all its releases: the tender, "
                    + "the buyer, and its awards and contracts counted and summed per currency (never added across "
                    + "currencies). Every filter is optional; given together they all apply. Sorted by first "
                    + "publication, newest first, unless `sort` says otherwise. Pages are read by cursor: follow "
                    + "links.next (also in the Link header) until it is null; a page never skips or repeats a "
                    + "process, even while new data is loaded. With `format=csv` or `format=ndjson` (or `Accept: "
                    + "text/csv` or `application/x-ndjson`) the whole filtered, sorted list is streamed instead, "
                    + "without pages; in CSV, the sums per currency of a cell are written `USD 1500.00`, separated "
                    + "by '; '.")
    @APIResponse(responseCode = "200", description = "A page of processes, or the whole list as CSV or JSON lines",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProcessPage.class),
                    examples = @ExampleObject(name = "emergency processes", value = ProcessExamples.LIST)),
                    @Content(mediaType = ExportFormat.CSV_CONTENT_TYPE,
                            examples = @ExampleObject(name = "csv", value = ProcessExamples.CSV)),
                    @Content(mediaType = ExportFormat.NDJSON_CONTENT_TYPE,
                            examples = @ExampleObject(name = "ndjson", value = ProcessExamples.NDJSON))})
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "amount sort without currency",
                            value = ProcessExamples.BAD_PARAMETER)))
    public Response list(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "Order: -datePublished (newest first, the default), datePublished, "
                    + "-amount or amount (tender value; needs `currency`), relevance (best match of `q` first; "
                    + "needs `q`).", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"-datePublished", "datePublished", "-amount", "amount", "relevance"}),
                    example = "-datePublished")
            @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1 to 500; default 50.", example = "50")
            @QueryParam("limit") String limit,
            @Parameter(description = "Where the page starts: the cursor in links.next of the previous page "
                    + "(opaque, signed, tied to the same filters and sort).", example = "eyJxIjoiZTNi...")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true: also count every matching process in meta.total (slower on broad "
                    + "filters).", example = "true")
            @QueryParam("includeTotal") String includeTotal,
            @Parameter(description = "json (a page, the default), csv or ndjson (the whole list); overrides Accept.",
                    example = "csv")
            @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        ProcurementFilter filter = ProcurementFilter.parse(filters, FilterTarget.PROCESS);
        SortOrder order = ProcessQueries.sort(sort, filter);
        return lists.pageOrExport(ProcessQueries.RESOURCE, filter.fingerprint(), ProcessQueries.list(filter, order),
                order, new KeysetLists.PageParams(limit, cursor, includeTotal),
                ExportFormat.negotiate(format, headers.getAcceptableMediaTypes()),
                ProcessQueries.mapper(ApiLinks.of(uri)), ProcessQueries.CSV_COLUMNS, uri);
    }

    // The ocid may hold '/', but a path ending in /releases/{id} belongs to the process's releases.
    @GET
    @Path("/{ocid: (?!.*/releases/).+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One process",
            description = "The process with this ocid, in the same shape as an item of the list. OCIDs may contain "
                    + "'/': use them as they are in the path. Its OCDS record (every release as published) is at "
                    + "links.record.")
    @APIResponse(responseCode = "200", description = "The process",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProcessItem.class),
                    examples = @ExampleObject(name = "process", value = ProcessExamples.ONE)))
    @APIResponse(responseCode = "404", description = "No process with this ocid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown ocid", value = ProcessExamples.NOT_FOUND)))
    public ProcessItem one(
            @Parameter(description = "The process's Open Contracting ID", example = "ocds-5wno2w-SIE-HOALO-2025-003-141697")
            @PathParam("ocid") String ocid,
            @Context UriInfo uri) {
        ProblemException notFound = ProblemException.notFound("No process with ocid '" + OcidParameter.shown(ocid) + "'");
        if (!OcidParameter.isPlausible(ocid)) {
            throw notFound;
        }
        try (Connection c = dataSource.getConnection()) {
            return ProcessQueries.one(c, ocid, ApiLinks.of(uri)).orElseThrow(() -> notFound);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read process " + ocid, e);
        }
    }

    /** The shape of a page of processes, for the API's documentation. */
    @Schema(name = "ProcessList", description = "A page of processes")
    record ProcessPage(List<ProcessItem> data, ListResponse.Links links, ListResponse.Meta meta) {
    }
}
