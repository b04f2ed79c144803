package org.opencompras.emergency;

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

/** How much was bought by emergency and direct procedures, and the emergency procedures that look like no emergency. */
@Path("/api/v1/analytics/emergency")
@Tag(name = "Emergency", description = "Shares of emergency and direct procedures, and emergency procedures that "
        + "look like no emergency")
@Produces(MediaType.APPLICATION_JSON)
public class EmergencyResource {

    @Inject
    EmergencyAnalytics analytics;

    @GET
    @Operation(summary = "Shares of emergency and direct procedures",
            description = "Over the filtered processes, how many were emergency procedures and how many direct ones, "
                    + "with their shares, per group (`by`) and, with `interval`, per period of first publication. "
                    + "The `limit` groups with most procedures come, most first. The shared filters apply to the "
                    + "processes (status is the tender's, amounts the tender value's).")
    @APIResponse(responseCode = "200", description = "Shares per group and period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EmergencyShares.Answer.class),
                    examples = @ExampleObject(name = "by category and year", value = EmergencyExamples.SHARES)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown grouping", value = EmergencyExamples.BAD_BY)))
    @APIResponse(responseCode = "503", description = "by=covidCategory while the items are classified for the first time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not classified yet", value = EmergencyExamples.NOT_READY)))
    public EmergencyShares.Answer shares(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "What to group by: all (one group, the default), buyer, mainProcurementCategory "
                    + "or covidCategory (the categories of /analytics/categories).", example = "covidCategory",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"all", "buyer", "mainProcurementCategory", "covidCategory"}))
            @QueryParam("by") String by,
            @Parameter(description = "Split each group into periods of first publication: week, month or year; "
                    + "absent: totals only.", example = "month",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"week", "month", "year"}))
            @QueryParam("interval") String interval,
            @Parameter(description = "How many groups: 1 to 500, default 50; those with most procedures.",
                    example = "20") @QueryParam("limit") String limit) {
        return analytics.shares(filters, by, interval, limit);
    }

    @GET
    @Path("/flags")
    @Operation(summary = "Emergency procedures that look like no emergency",
            description = "Emergency procedures, newest first (by first publication), with a contract whose period "
                    + "is longer than opencompras.emergency.max-period-days (180 by default), or with counted items "
                    + "(as in /analytics/categories) that no emergency rule matches: by default the rules of the "
                    + "classifier's categories, else opencompras.emergency.keywords and cpc-prefixes. Each flag "
                    + "gives its reasons and values; the settings in effect come in meta.settings. Follow links.next "
                    + "for the next page. The shared filters apply to the processes.")
    @APIResponse(responseCode = "200", description = "A page of flagged procedures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FlagList.class),
                    examples = @ExampleObject(name = "parks and gardens", value = EmergencyExamples.FLAGS)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = EmergencyExamples.BAD_LIMIT)))
    @APIResponse(responseCode = "503", description = "The items are being classified for the first time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not classified yet", value = EmergencyExamples.NOT_READY)))
    public FlagList flags(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "Procedures per page: 1 to 500, default 50.", example = "50") @QueryParam("limit")
            String limit,
            @Parameter(description = "links.next of the previous page, for the next one.", example = "eyJxIjoiN2Fk...")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true to count every flagged procedure in meta.total.", example = "true")
            @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        return analytics.flags(filters, new KeysetLists.PageParams(limit, cursor, includeTotal), uri);
    }
}
