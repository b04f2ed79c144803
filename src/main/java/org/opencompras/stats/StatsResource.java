package org.opencompras.stats;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.api.Params;
import org.opencompras.common.problem.Problem;
import org.opencompras.filter.ProcurementFilterParams;

/** Aggregate statistics over the contracts that match the shared filters of the lists. */
@Path("/api/v1/stats")
@Tag(name = "Statistics", description = "Counts, sums, timelines, breakdowns and concentration of the contracts "
        + "matching the filters of the lists")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private static final String FILTERS = " Over the contracts the shared filters select, as /contracts would list "
            + "them (status is the contract's), as of the last finished ingest (a flat copy of the contracts is "
            + "refreshed when an ingest ends); amounts in different currencies are never added. Computed once per "
            + "state of the data.";
    private static final String LIMIT = "Page size, 1 to 500; default 50.";
    private static final String CURSOR = "Where the page starts: the cursor in links.next of the previous page.";
    private static final String INCLUDE_TOTAL = "true: also count every row in meta.total.";

    @Inject
    StatsService stats;

    @GET
    @Path("/summary")
    @Operation(summary = "Contracts counted and summed",
            description = "The number of contracts, of their processes, of distinct buyers and suppliers, the "
                    + "contracts without a value, and per currency the contracts with a value, their exact sum, "
                    + "smallest and largest value." + FILTERS)
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsSchemas.SummaryAnswer.class),
            examples = @ExampleObject(name = "emergency contracts", value = StatsExamples.SUMMARY)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed date", value = StatsExamples.BAD_FILTER)))
    public StatsAnswer.Single<Summary> summary(@BeanParam ProcurementFilterParams filters) {
        return stats.summary(StatsFilter.parse(filters));
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Contracts per week, month or year",
            description = "One period per week (ISO, from Monday), month or year, from the first period holding a "
                    + "contract to the last, empty periods included with zeros: contracts, those without a value, "
                    + "and values per currency. Periods are cut by the calendar of the zone the answer names in "
                    + "`timeZone`: America/Guayaquil (Ecuador's time, UTC-05:00) unless the service is configured "
                    + "otherwise; each start is written with that zone's offset. Contracts without a date in `dateField` are counted apart, in `undated`. At most "
                    + "5,000 periods." + FILTERS)
    @APIResponse(responseCode = "200", description = "The timeline", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsSchemas.TimelineAnswer.class),
            examples = @ExampleObject(name = "emergency contracts by month", value = StatsExamples.TIMELINE)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown interval", value = StatsExamples.BAD_INTERVAL)))
    public StatsAnswer.Single<Timeline> timeline(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "The length of a period: month (the default), week or year.", example = "month",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"month", "week", "year"}))
            @QueryParam("interval") String interval,
            @Parameter(description = "The date that places a contract: signed (its signature date, the default) or "
                    + "published (its process's first publication).", example = "signed",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"signed", "published"}))
            @QueryParam("dateField") String dateField) {
        StatsFilter filter = StatsFilter.parse(filters);
        return stats.timeline(filter, StatsParams.choice("interval", interval, TimelineQuery.INTERVALS, "month"),
                StatsParams.choice("dateField", dateField, TimelineQuery.DATE_FIELDS, "signed"));
    }

    @GET
    @Path("/by")
    @Operation(summary = "Contracts grouped by one dimension",
            description = "One row per value of the dimension: contracts, those without a value, values per "
                    + "currency, and the distinct counterparts: buyers (except by buyer) and suppliers (except by "
                    + "supplier). Buyer and supplier rows give the "
                    + "organization's id and name; a contract with several suppliers counts, with its whole value, "
                    + "for each of them. Classification rows give the code and a description; a contract's "
                    + "classifications are those of its own items, else of its award's items, else of its tender's "
                    + "items, and it counts once for each distinct code among them. Contracts without a value for "
                    + "the dimension form the row with id null. Most contracts first (ties by id), or with "
                    + "sort=-amount largest amount in `currency` first, which `sort=-amount` requires. Paged like "
                    + "the lists." + FILTERS)
    @APIResponse(responseCode = "200", description = "A page of groups", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsSchemas.GroupPage.class),
            examples = @ExampleObject(name = "emergency contracts by buyer", value = StatsExamples.BY)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown dimension", value = StatsExamples.BAD_DIMENSION)))
    public StatsAnswer.Page<GroupRow> by(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "What to group by (required): method, methodDetails, category, status (the "
                    + "contract's), buyer, supplier or classification.", required = true, example = "buyer",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"method", "methodDetails", "category",
                        "status", "buyer", "supplier", "classification"}))
            @QueryParam("dimension") String dimension,
            @Parameter(description = "Order: -contracts (most contracts first, the default) or -amount (largest "
                    + "amount first; needs `currency`).", example = "-contracts",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"-contracts", "-amount"}))
            @QueryParam("sort") String sort,
            @Parameter(description = LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = CURSOR, example = "eyJxIjoiN2Fk...") @QueryParam("cursor") String cursor,
            @Parameter(description = INCLUDE_TOTAL, example = "true") @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        StatsFilter filter = StatsFilter.parse(filters);
        Dimension chosen = Dimension.of(StatsParams.choice("dimension", dimension, Dimension.NAMES, null));
        return stats.breakdown(filter, chosen, StatsParams.choice("sort", sort, BreakdownQuery.SORTS, "-contracts"),
                page(limit, cursor, includeTotal), uri);
    }

    @GET
    @Path("/concentration")
    @Operation(summary = "How concentrated contracts are among suppliers or buyers",
            description = "The number of organizations, the share of the `top` largest, and the "
                    + "Herfindahl–Hirschman index HHI = 10,000 × Σ sᵢ², sᵢ = xᵢ / Σ xⱼ the share of organization i "
                    + "(scale 0 to 10,000: 10,000 is one organization holding everything), by number of contracts "
                    + "and, per currency, by amount; with the top organizations ranked. Shares are fractions with 6 "
                    + "decimals, indexes have 2, both rounded once from exact sums. For suppliers a contract counts, "
                    + "with its whole value, for each supplier of its award. With `buyer`, by=supplier tells which "
                    + "suppliers hold most of that buyer's spending; with `currency`, the ranking is by amount in "
                    + "it." + FILTERS)
    @APIResponse(responseCode = "200", description = "The concentration", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatsSchemas.ConcentrationAnswer.class),
            examples = @ExampleObject(name = "one buyer's suppliers", value = StatsExamples.CONCENTRATION)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "top out of range", value = StatsExamples.BAD_TOP)))
    public StatsAnswer.Single<Concentration> concentration(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "Whose concentration: supplier (the default) or buyer.", example = "supplier",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"supplier", "buyer"}))
            @QueryParam("by") String by,
            @Parameter(description = "How many of the largest organizations the top shares take in: 1 to 500, "
                    + "default 10.", example = "10") @QueryParam("top") String top) {
        StatsFilter filter = StatsFilter.parse(filters);
        return stats.concentration(filter, StatsParams.choice("by", by, ConcentrationQuery.SIDES, "supplier"),
                StatsParams.integer("top", top, 1, Params.MAX_LIMIT, 10));
    }

    @GET
    @Path("/concentration/ranking")
    @Operation(summary = "Every supplier or buyer, ranked",
            description = "The full ranking behind /stats/concentration: rank, organization, contracts and their "
                    + "share and, with `currency`, amount in it and its share; by amount when `currency` is given, "
                    + "else by contracts, ties by id. Paged like the lists." + FILTERS)
    @APIResponse(responseCode = "200", description = "A page of the ranking", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsSchemas.RankingPage.class),
            examples = @ExampleObject(name = "suppliers by amount", value = StatsExamples.RANKING)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed date", value = StatsExamples.BAD_FILTER)))
    public StatsAnswer.Page<RankedOrganization> ranking(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "Whose ranking: supplier (the default) or buyer.", example = "supplier",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"supplier", "buyer"}))
            @QueryParam("by") String by,
            @Parameter(description = LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = CURSOR, example = "eyJxIjoiN2Fk...") @QueryParam("cursor") String cursor,
            @Parameter(description = INCLUDE_TOTAL, example = "true") @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        StatsFilter filter = StatsFilter.parse(filters);
        return stats.ranking(filter, StatsParams.choice("by", by, ConcentrationQuery.SIDES, "supplier"),
                page(limit, cursor, includeTotal), uri);
    }

    @GET
    @Path("/concentration/captive-suppliers")
    @Operation(summary = "Suppliers with most of their contracts with one buyer",
            description = "Suppliers with more than `minContracts` contracts, more than `minShare` of which are "
                    + "with one buyer (by default the COVID-19 Contract Explorer's flag 7: more than 10 contracts, "
                    + "more than half with one buyer), with that buyer, the contracts with it, all the supplier's "
                    + "contracts and the share (6 decimals). A contract counts for each supplier of its award. "
                    + "Largest share first, then most contracts with the buyer. Paged like the lists." + FILTERS)
    @APIResponse(responseCode = "200", description = "A page of suppliers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsSchemas.CaptivePage.class),
            examples = @ExampleObject(name = "flag 7", value = StatsExamples.CAPTIVE)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed date", value = StatsExamples.BAD_FILTER)))
    public StatsAnswer.Page<CaptiveSupplier> captiveSuppliers(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "A supplier needs more than this many contracts: 0 to 1,000,000, default 10.",
                    example = "10") @QueryParam("minContracts") String minContracts,
            @Parameter(description = "And more than this share of them with one buyer: a decimal from 0 to less "
                    + "than 1, default 0.5.", example = "0.5") @QueryParam("minShare") String minShare,
            @Parameter(description = LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = CURSOR, example = "eyJxIjoiN2Fk...") @QueryParam("cursor") String cursor,
            @Parameter(description = INCLUDE_TOTAL, example = "true") @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        StatsFilter filter = StatsFilter.parse(filters);
        return stats.captive(filter,
                StatsParams.integer("minContracts", minContracts, 0, 1_000_000, CaptiveQuery.DEFAULT_MIN_CONTRACTS),
                StatsParams.share("minShare", minShare, CaptiveQuery.DEFAULT_MIN_SHARE),
                page(limit, cursor, includeTotal), uri);
    }

    private static KeysetLists.PageParams page(String limit, String cursor, String includeTotal) {
        // Checked here, before the answer is looked up, so that a bad value is a 400 whatever is cached.
        Params.limit(limit);
        Params.bool("includeTotal", includeTotal);
        return new KeysetLists.PageParams(limit, cursor, includeTotal);
    }
}
