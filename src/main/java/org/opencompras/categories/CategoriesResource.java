package org.opencompras.categories;

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
import org.opencompras.common.problem.Problem;
import org.opencompras.filter.ProcurementFilterParams;

/** What was bought, by the four groups of COVID-19 purchases: the classifier's rules, spend and items. */
@Path("/api/v1/analytics/categories")
@Tag(name = "Categories", description = "Items classified into protective supplies, disinfectants, cleaning and "
        + "hygiene, and medicines, by configurable CPC prefixes and keywords")
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    private static final String FILTERS = " The shared filters apply to the items' processes (status is the tender's, "
            + "amounts the tender value's).";

    @Inject
    CategoryAnalytics analytics;

    @GET
    @Operation(summary = "Spend per category",
            description = "The classifier's categories with their rules, and over the filtered processes the counted "
                    + "items of each category, the processes buying them and their value per currency (exact; "
                    + "currencies never added together). Which items are counted and how a category is chosen is "
                    + "stated in the answer." + FILTERS)
    @APIResponse(responseCode = "200", description = "The rules and the spend per category",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategorySpend.Answer.class),
                    examples = @ExampleObject(name = "emergency purchases", value = CategoryExamples.SPEND)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad filter", value = CategoryExamples.BAD_FILTER)))
    @APIResponse(responseCode = "503", description = "The items are being classified for the first time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not classified yet", value = CategoryExamples.NOT_READY)))
    public CategorySpend.Answer spend(@BeanParam ProcurementFilterParams filters) {
        return analytics.spend(filters);
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Spend per category over time",
            description = "The same totals per period of the processes' first publication (UTC; weeks start on "
                    + "Monday), periods in order; periods and categories without counted items are left out." + FILTERS)
    @APIResponse(responseCode = "200", description = "Spend per category and period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategoryTimeline.Answer.class),
                    examples = @ExampleObject(name = "by month", value = CategoryExamples.TIMELINE)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad interval", value = CategoryExamples.BAD_INTERVAL)))
    @APIResponse(responseCode = "503", description = "The items are being classified for the first time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not classified yet", value = CategoryExamples.NOT_READY)))
    public CategoryTimeline.Answer timeline(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "The length of a period: week, month (the default) or year.", example = "month",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"week", "month", "year"}))
            @QueryParam("interval") String interval) {
        return analytics.timeline(filters, interval);
    }

    @GET
    @Path("/items")
    @Operation(summary = "Classified items",
            description = "The counted items of the filtered processes with their category and the rule that "
                    + "matched (the keyword or CPC prefix as configured; none for 'other'), in the order they were "
                    + "stored. Follow links.next for the next page." + FILTERS)
    @APIResponse(responseCode = "200", description = "A page of items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategorizedItem.Page.class),
                    examples = @ExampleObject(name = "masks", value = CategoryExamples.ITEMS)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown category", value = CategoryExamples.BAD_CATEGORY)))
    @APIResponse(responseCode = "503", description = "The items are being classified for the first time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not classified yet", value = CategoryExamples.NOT_READY)))
    public CategorizedItem.Page items(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "Only items of this category: a code of /analytics/categories, or 'other'.",
                    example = "protective-supplies") @QueryParam("category") String category,
            @Parameter(description = "Items per page: 1 to 500, default 50.", example = "50") @QueryParam("limit")
            String limit,
            @Parameter(description = "links.next of the previous page, for the next one.", example = "eyJxIjoiN2Fk...")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true to count every matching item in meta.total.", example = "true")
            @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        return analytics.items(filters, category, new KeysetLists.PageParams(limit, cursor, includeTotal), uri);
    }
}
