package org.opencompras.parties;

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
import org.opencompras.common.api.ExportFormat;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.problem.Problem;
import org.opencompras.contract.ContractItem;
import org.opencompras.contract.ContractList;
import org.opencompras.filter.ProcurementFilterParams;

/** Suppliers: organizations named in awards. */
@Path("/api/v1/suppliers")
@Tag(name = "Suppliers", description = "Organizations awarded contracts, with their totals, contracts and buyers")
public class SuppliersResource {

    private static final PartyRole ROLE = PartyRole.SUPPLIER;

    @Inject
    Parties parties;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_CONTENT_TYPE, ExportFormat.NDJSON_CONTENT_TYPE})
    @Operation(summary = "List suppliers",
            description = "Every organization named as a supplier in an award, once per identity (for Ecuador its "
                    + "RUC, whatever the spelling of its name), with its awards, the contracts of those awards and "
                    + "their values per currency. Totals are as of the last finished ingest: they are recomputed "
                    + "when an ingest ends. Sorted by name unless `sort` says otherwise; `name` searches every "
                    + "spelling of every supplier's name, tolerating typos and spacing.")
    @APIResponse(responseCode = "200", description = "A page of suppliers, or the whole list as CSV or JSON lines",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.OrganizationPage.class),
                    examples = @ExampleObject(name = "name search", value = PartyExamples.SUPPLIER_LIST)),
                    @Content(mediaType = ExportFormat.CSV_CONTENT_TYPE,
                            examples = @ExampleObject(name = "csv", value = PartyExamples.SUPPLIERS_CSV)),
                    @Content(mediaType = ExportFormat.NDJSON_CONTENT_TYPE,
                            examples = @ExampleObject(name = "ndjson", value = PartyExamples.SUPPLIERS_NDJSON))})
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "amount sort without currency", value = PartyExamples.BAD_SORT)))
    public Response list(
            @Parameter(description = ListParams.NAME, example = "MAXINSUMO") @QueryParam("name") String name,
            @Parameter(description = ListParams.RUC, example = "0993038210001") @QueryParam("ruc") String ruc,
            @Parameter(description = ListParams.RUC_VALID, example = "false") @QueryParam("rucValid") String rucValid,
            @Parameter(description = ListParams.SOURCE, example = "SERCOP") @QueryParam("source") String source,
            @Parameter(description = ListParams.CURRENCY, example = "USD") @QueryParam("currency") String currency,
            @Parameter(description = ListParams.SORT, example = "-contracts", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"name", "-contracts", "-amount", "relevance"})) @QueryParam("sort") String sort,
            @Parameter(description = ListParams.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParams.CURSOR, example = "eyJxIjoiN2Fk...") @QueryParam("cursor") String cursor,
            @Parameter(description = ListParams.INCLUDE_TOTAL, example = "true") @QueryParam("includeTotal")
            String includeTotal,
            @Parameter(description = "json (a page, the default), csv or ndjson (the whole list); overrides Accept.",
                    example = "csv")
            @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return parties.list(ROLE, OrganizationFilter.parse(name, ruc, rucValid, source, currency),
                new Parties.Paging(sort, limit, cursor, includeTotal), format, headers, uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One supplier",
            description = "A supplier's identity, every spelling of its name in the data, and its totals as a "
                    + "supplier as of the last finished ingest: awards, the contracts of those awards and their "
                    + "values per currency, its first and last award dates and how many distinct buyers awarded it. "
                    + "The id is the one the lists give; for Ecuador the bare 13-digit RUC works too.")
    @APIResponse(responseCode = "200", description = "The supplier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganizationProfile.class),
                    examples = @ExampleObject(name = "supplier", value = PartyExamples.SUPPLIER_PROFILE)))
    @APIResponse(responseCode = "400", description = "Not an organization id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed id", value = PartyExamples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No supplier with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = PartyExamples.SUPPLIER_NOT_FOUND)))
    public OrganizationProfile profile(
            @Parameter(description = ListParams.ID, example = "EC-RUC-0993038210001") @PathParam("id") String id,
            @Context UriInfo uri) {
        return parties.profile(ROLE, id, uri);
    }

    @GET
    @Path("/{id}/contracts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A supplier's contracts",
            description = "The contracts of the supplier's awards, always current, with the shared filters of the "
                    + "contract lists (status is the contract's). Sorted by signature date, latest first, unless "
                    + "`sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of contracts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContractList.class),
                    examples = @ExampleObject(name = "emergency contracts", value = PartyExamples.CONTRACTS)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed id", value = PartyExamples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No supplier with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = PartyExamples.SUPPLIER_NOT_FOUND)))
    public ListResponse<ContractItem> contracts(
            @Parameter(description = ListParams.ID, example = "EC-RUC-0993038210001") @PathParam("id") String id,
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = ListParams.CONTRACT_SORT, example = "-dateSigned", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"-dateSigned", "dateSigned", "-amount", "amount", "relevance"}))
            @QueryParam("sort") String sort,
            @Parameter(description = ListParams.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParams.CURSOR, example = "eyJxIjoiN2Fk...") @QueryParam("cursor") String cursor,
            @Parameter(description = ListParams.INCLUDE_TOTAL, example = "true") @QueryParam("includeTotal")
            String includeTotal,
            @Context UriInfo uri) {
        return parties.contracts(ROLE, id, filters, new Parties.Paging(sort, limit, cursor, includeTotal), uri);
    }

    @GET
    @Path("/{id}/buyers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A supplier's buyers",
            description = "Every buyer that awarded the supplier, with the awards between them, the contracts of "
                    + "those awards and their values per currency; always current. Most contracts first unless "
                    + "`sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of buyers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.CounterpartPage.class),
                    examples = @ExampleObject(name = "buyers", value = PartyExamples.SUPPLIER_BUYERS)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed id", value = PartyExamples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No supplier with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = PartyExamples.SUPPLIER_NOT_FOUND)))
    public ListResponse<CounterpartItem> buyers(
            @Parameter(description = ListParams.ID, example = "EC-RUC-0993038210001") @PathParam("id") String id,
            @Parameter(description = ListParams.COUNTERPART_CURRENCY, example = "USD") @QueryParam("currency")
            String currency,
            @Parameter(description = ListParams.COUNTERPART_SORT, example = "-contracts", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"-contracts", "name", "-amount"}))
            @QueryParam("sort") String sort,
            @Parameter(description = ListParams.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParams.CURSOR, example = "eyJxIjoiN2Fk...") @QueryParam("cursor") String cursor,
            @Parameter(description = ListParams.INCLUDE_TOTAL, example = "true") @QueryParam("includeTotal")
            String includeTotal,
            @Context UriInfo uri) {
        return parties.counterparts(ROLE, id, currency, new Parties.Paging(sort, limit, cursor, includeTotal), uri);
    }
}
