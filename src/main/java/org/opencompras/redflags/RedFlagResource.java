package org.opencompras.redflags;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.problem.Problem;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;

/** Red flags of processes, buyers and tenderers, and the indicators behind them. */
@Path("/api/v1/analytics/red-flags")
@Tag(name = "Red flags", description = "Indicators of corruption or collusion risk (those of Cardinal, the Open "
        + "Contracting Partnership's calculator). A flag is a reason to look closer, not proof of wrongdoing.")
public class RedFlagResource {

    static final List<String> SUBJECTS = List.of("process", "buyer", "tenderer", "supplier");

    @Inject
    KeysetLists lists;

    @Inject
    RedFlagService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List red flags",
            description = "The result of each indicator asked for, per process (by=process, the default), per buyer "
                    + "per tenderer or per supplier (an organization named as tenderer, or supplier, among a process's "
                    + "parties). For a process, "
                    + "each indicator is flagged, notFlagged, or notComputable with the reason (the data lacks what "
                    + "the indicator needs, or the process is outside what it assesses), with the measured value and "
                    + "the threshold or fence it was compared with. For an organization, the outcomes of its "
                    + "processes are counted: flagged when at least one is, notFlagged when some were assessed and "
                    + "none is, notComputable when none could be assessed; the value is the share of its assessed "
                    + "processes that are flagged. R038 and R048 are assessed per organization, not per process (asking "
                    + "for them with by=process is a 400): by=buyer shows a buyer's R038, by=tenderer and by=supplier "
                    + "the organization's R038 as tenderer and R048 as supplier, with the value and fence, computed "
                    + "over all its processes whatever the filters. The shared filters choose the processes. Results "
                    + "are those of the "
                    + "last finished ingest. A flag is a reason to look closer, not proof of wrongdoing. Pages are "
                    + "read by cursor: follow links.next until it is null.")
    @APIResponse(responseCode = "200", description = "A page of processes or organizations with their results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RedFlagPage.class),
                    examples = {@ExampleObject(name = "processes", value = RedFlagExamples.PROCESSES),
                            @ExampleObject(name = "buyers", value = RedFlagExamples.BUYERS),
                            @ExampleObject(name = "suppliers", value = RedFlagExamples.SUPPLIERS)}))
    @APIResponse(responseCode = "400", description = "A parameter is not valid: the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown indicator", value = RedFlagExamples.BAD_PARAMETER)))
    public ListResponse<RedFlagRow> list(
            @BeanParam ProcurementFilterParams filters,
            @Parameter(description = "What the results are of: process (the default), buyer, tenderer or "
                    + "supplier.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"process", "buyer", "tenderer", "supplier"}),
                    example = "buyer")
            @QueryParam("by") String by,
            @Parameter(description = "Indicator codes, comma-separated (see /analytics/red-flags/indicators); "
                    + "default all (by=process: all but R038 and R048).", example = "R018,R024")
            @QueryParam("indicator") String indicator,
            @Parameter(description = "true: only the processes or organizations flagged by at least one of the "
                    + "indicators asked for.", example = "true")
            @QueryParam("flagged") String flagged,
            @Parameter(description = "Page size, 1 to 500; default 50.", example = "50")
            @QueryParam("limit") String limit,
            @Parameter(description = "Where the page starts: the cursor in links.next of the previous page.",
                    example = "eyJxIjoiZTNi...")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true: also count every matching item in meta.total.", example = "true")
            @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        List<String> subjects = Params.oneOf("by", by, SUBJECTS);
        if (subjects.size() > 1) {
            throw ProblemException.invalidParameter("by", "one of process, buyer, tenderer, supplier");
        }
        String subject = subjects.isEmpty() ? "process" : subjects.get(0);
        boolean processes = subject.equals("process");
        List<String> codes = Params.oneOf("indicator", indicator, RedFlagIndicators.ALL_CODES);
        if (processes && codes.stream().anyMatch(OrganizationIndicators.CODES::contains)) {
            throw ProblemException.invalidParameter("indicator", String.join(" and ", OrganizationIndicators.CODES)
                    + " are assessed per organization: use by=buyer, by=tenderer or by=supplier");
        }
        List<String> all = processes ? RedFlagIndicators.CODES : RedFlagIndicators.ALL_CODES;
        List<String> asked = codes.isEmpty() ? all : codes.stream().distinct().toList();
        boolean onlyFlagged = Boolean.TRUE.equals(Params.bool("flagged", flagged));
        ProcurementFilter filter = ProcurementFilter.parse(filters, FilterTarget.PROCESS);
        String fingerprint = asked + "\n" + onlyFlagged + "\n" + filter.fingerprint();
        KeysetLists.PageParams page = new KeysetLists.PageParams(limit, cursor, includeTotal);
        if (processes) {
            return lists.page("red-flags/process", fingerprint, RedFlagQueries.processes(filter, asked, onlyFlagged),
                    RedFlagQueries.BY_OCID, page, RedFlagQueries.processMapper(asked), uri);
        }
        KeysetQuery query = RedFlagQueries.organizations(filter, asked, subject, onlyFlagged);
        SortOrder order = RedFlagQueries.BY_ORGANIZATION;
        return lists.page("red-flags/" + subject, fingerprint, query, order, page,
                RedFlagQueries.organizationMapper(asked, subject), uri);
    }

    @GET
    @Path("/indicators")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the red-flag indicators",
            description = "Each indicator served: its code, title and definition (what it measures, what it "
                    + "excludes, when it is not computable), the settings in effect (opencompras.red-flags.*, with "
                    + "Cardinal's defaults), and for R024 and R058 the fence of each source as of the last "
                    + "computation. A flag is a reason to look closer, not proof of wrongdoing.")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IndicatorDescription.Listing.class),
                    examples = @ExampleObject(name = "indicators", value = RedFlagExamples.INDICATORS)))
    public IndicatorDescription.Listing indicators() {
        return service.indicators();
    }

    /** The shape of a page of red flags, for the API's documentation. */
    @Schema(name = "RedFlagList", description = "A page of processes or organizations with their red flags")
    record RedFlagPage(List<RedFlagRow> data, ListResponse.Links links, ListResponse.Meta meta) {
    }
}
