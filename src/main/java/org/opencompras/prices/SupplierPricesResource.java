package org.opencompras.prices;

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
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.problem.Problem;
import org.opencompras.filter.ProcurementFilterParams;

/** One supplier's unit prices for the same items, buyer by buyer; beside the other supplier endpoints. */
@Path("/api/v1/suppliers/{id}/prices")
@Tag(name = "Suppliers")
public class SupplierPricesResource {

    @Inject
    PriceAnalysis analysis;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A supplier's unit prices across buyers",
            description = "For each item class the supplier sold (optionally only those whose classification starts "
                    + "with `classification`, or matching `q`, and with the other shared filters): its prices overall, "
                    + "and buyer by buyer, with the ratio of each buyer's median to the supplier's own median for the "
                    + "class, and its sales priced above `flagMultiple` × that median. The same supplier selling the "
                    + "same item dearer to one agency shows as a buyer with a high `medianRatio`." + PricesResource.HOW)
    @APIResponse(responseCode = "200", description = "A page of item classes, by classification code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PricePage.class),
                    examples = @ExampleObject(name = "masks", value = PriceExamples.SUPPLIER_CLASSES)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed id", value = PriceExamples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No supplier with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = PriceExamples.NOT_FOUND)))
    public ListResponse<PriceClass> prices(
            @Parameter(description = "The supplier: its id as /suppliers lists it, or for Ecuador its 13-digit RUC.",
                    example = "EC-RUC-0993038210001") @PathParam("id") String id,
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
        return analysis.supplier(id, filters,
                new PriceAnalysis.Options(flagMultiple, flaggedLimit, limit, cursor, includeTotal), uri);
    }
}
