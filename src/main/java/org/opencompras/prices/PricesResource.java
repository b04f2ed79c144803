package org.opencompras.prices;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.problem.Problem;
import org.opencompras.filter.ProcurementFilterParams;

/** Unit prices compared across buyers and suppliers, per item class. */
@Path("/api/v1/analytics/prices")
@Tag(name = "Prices", description = "Unit prices of the same items compared across buyers and suppliers")
public class PricesResource {

    static final String HOW = " A purchase is an item of an award with a unit price (contract items repeat their "
            + "award's and are not counted again; tender items are estimates); awards cancelled or unsuccessful are "
            + "left out unless `status` asks for them. A class is one classification code, one currency and one unit: "
            + "units that are spellings or exact multiples of one another are converted (UNIDAD, u, CAJA X 50 → "
            + "unidad; g, kg, lb → kilogramo; ml, galón → litro; km → metro; año → mes), converted prices kept to "
            + "10 decimals; purchases in units that cannot be converted (a box of unstated content, a pair, a tablet) "
            + "form classes of their own, marked `comparable: false` with the reason, and are never mixed. Prices in "
            + "different currencies are never compared. The median is exact (the mean of the two middle prices of an "
            + "even count); ratios are rounded half up to 4 decimals. Answers are computed once per state of the "
            + "data and cached.";

    @Inject
    PriceAnalysis analysis;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare unit prices",
            description = "For each item class of the items whose classification starts with `classification` (or "
                    + "whose description matches the search `q`), with the shared filters (buyer, supplier, method, "
                    + "emergency, dates, category, source...): how many purchases, their minimum, quartiles, median, "
                    + "maximum and spread; each buyer's and each supplier's prices and how their median compares "
                    + "with the class's; and the purchases priced above `flagMultiple` × the median." + HOW)
    @APIResponse(responseCode = "200", description = "A page of item classes, by classification code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PricePage.class),
                    examples = @ExampleObject(name = "masks", value = PriceExamples.CLASSES)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid, or neither `classification` nor `q` "
            + "was given: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no class", value = PriceExamples.NO_CLASS)))
    public ListResponse<PriceClass> prices(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = PriceExamples.FLAG_MULTIPLE, example = "2.5") @QueryParam("flagMultiple")
            String flagMultiple,
            @Parameter(description = PriceExamples.FLAGGED_LIMIT, example = "20") @QueryParam("flaggedLimit")
            String flaggedLimit,
            @Parameter(description = PriceExamples.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = PriceExamples.CURSOR, example = "eyJxIjoiN2Fk...") @QueryParam("cursor")
            String cursor,
            @Parameter(description = PriceExamples.INCLUDE_TOTAL, example = "true") @QueryParam("includeTotal")
            String includeTotal,
            @Context UriInfo uri) {
        return analysis.classes(filters,
                new PriceAnalysis.Options(flagMultiple, flaggedLimit, limit, cursor, includeTotal), uri);
    }
}
