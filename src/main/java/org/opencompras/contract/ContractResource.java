package org.opencompras.contract;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.ExportFormat;
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.PublicId;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.problem.Problem;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;

/** Contracts: the list, filtered and sorted, as pages or as a whole export, and one contract in detail. */
@Path("/api/v1/contracts")
@Tag(name = "Contracts", description = "Signed contracts, with their buyers, suppliers and values")
public class ContractResource {

    @Inject
    KeysetLists lists;

    @Inject
    ContractService contracts;


    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_CONTENT_TYPE, ExportFormat.NDJSON_CONTENT_TYPE})
    @Operation(summary = "List contracts",
            description = "Contracts matching every filter given, sorted by `sort`, a page at a time: follow "
                    + "`links.next` (also in the `Link` header) until it is null. Pages are keyset-paged, so a page "
                    + "deep in the list is as fast as the first, and an ingest between two pages neither repeats nor "
                    + "skips a contract that was there all along. With `format=csv` or `format=ndjson` (or `Accept: "
                    + "text/csv` / `application/x-ndjson`) the whole filtered, sorted list is streamed as one file "
                    + "instead; `limit` and `cursor` are then ignored. CSV follows RFC 4180 (UTF-8, header row, "
                    + "CRLF); columns are named after the JSON fields (`value.amount`), several suppliers are "
                    + "separated by '; '. Amounts are exact decimals in every format.")
    @APIResponse(responseCode = "200", description = "A page of contracts, or the whole list as CSV or JSON lines",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractList.class),
                            examples = @ExampleObject(name = "page", value = ContractExamples.LIST)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ContractExamples.CSV)),
                    @Content(mediaType = ExportFormat.NDJSON_CONTENT_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "ndjson", value = ContractExamples.NDJSON))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `invalidParams` names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown sort", value = ContractExamples.BAD_SORT)))
    public Response list(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "The order: `-dateSigned` (newest first, the default), `dateSigned`, `-amount`, "
                    + "`amount` (these two need `currency`), or `relevance` (best match of `q` first; needs `q`). "
                    + "Ties are broken by ocid and contract id; contracts without the sorted value come last.",
                    example = "-amount")
            @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1 to 500.", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "Where the page starts: the cursor in `links.next` of the previous page. Valid "
                    + "for the same filters and sort only, for 24 hours.", example = "eyJxIjoiM2Y0...Zx8")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true: count every matching contract into `meta.total` (slower on large "
                    + "results; cached until the data changes).", example = "true")
            @QueryParam("includeTotal") String includeTotal,
            @Parameter(description = "json (a page, the default), csv or ndjson (the whole list); overrides Accept.",
                    example = "csv")
            @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        ProcurementFilter filter = ProcurementFilter.parse(filters, FilterTarget.CONTRACT);
        SortOrder order = ContractQueries.sort(sort, filter);
        ApiLinks links = ApiLinks.of(uri);
        return lists.pageOrExport(ContractQueries.RESOURCE, filter.fingerprint(), ContractQueries.list(filter, order), order,
                new KeysetLists.PageParams(limit, cursor, includeTotal),
                ExportFormat.negotiate(format, headers.getAcceptableMediaTypes()),
                rs -> ContractQueries.item(rs, links), ContractQueries.CSV_COLUMNS, uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One contract",
            description = "A contract with the fields of the list, its award (id, date, value, status), its items "
                    + "(description, classification, quantity, unit and unit price) and its process in brief (title, "
                    + "tender status and value, number of tenderers).")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContractDetail.class),
                    examples = @ExampleObject(name = "contract", value = ContractExamples.DETAIL)))
    @APIResponse(responseCode = "404", description = "No contract has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = ContractExamples.NOT_FOUND)))
    public ContractDetail contract(
            @Parameter(description = "The contract's id, as in the list's `id`",
                    example = "ocds-5wno2w-EMG-HEEE-2020-006-17236~3111642")
            @PathParam("id") String id,
            @Context UriInfo uri) {
        List<String> parts = PublicId.parts(id, 2).orElseThrow(() -> notFound(id));
        return contracts.find(parts.get(0), parts.get(1), ApiLinks.of(uri)).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No contract with id '" + Params.shown(id) + "'");
    }
}
