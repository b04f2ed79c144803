package org.opencompras.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The data-quality report: per source, how many of its processes fail each check, and when the checks were run.
 *
 * @param data per source with processes, by name, its checks
 * @param meta the data's freshness, when the checks were run and the filters applied
 */
@Schema(description = "Per source, the share of processes failing each data-quality check")
public record QualityReport(Data data, Meta meta) {

    /** The sources and their checks. */
    @Schema(name = "QualityReportData", description = "The sources and their checks")
    public record Data(
            @Schema(description = "One entry per source with processes matching the filters, by name")
            List<SourceQuality> sources) {
    }

    /** When the data changed and when it was checked, and the filters applied. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QualityMeta", description = "About the report: the data's freshness, when the checks were run "
            + "and the filters applied")
    public record Meta(
            @Schema(description = "When the data last changed: the time of the last committed ingest", nullable = true,
                    example = "2026-11-25T14:03:12Z") @JsonInclude(JsonInclude.Include.ALWAYS) String dataAsOf,
            @Schema(description = "When the checks were last run, at the end of the last finished ingest",
                    example = "2026-11-25T14:03:40Z") String checkedAsOf,
            @Schema(description = "The shared filters applied, normalized (ids as the API writes them, dates as "
                    + "instants in UTC); absent ones are left out",
                    example = "{\"emergency\": true, \"source\": \"sercop\"}")
            Map<String, Object> filters) {
    }

    /** The checks of one source. */
    @Schema(description = "The checks of one source")
    public record SourceQuality(
            @Schema(description = "The source's name, as given at ingest", example = "sercop") String source,
            @Schema(description = "Its processes (ocids) matching the filters: every share's denominator",
                    example = "1103514") long processes,
            @Schema(description = "Every check, in a fixed order, failing or not") List<CheckResult> checks) {
    }

    /**
     * One check on one source.
     *
     * @param share {@code failing / processes}, rounded half-even to 6 decimal places
     */
    @Schema(description = "One check on one source")
    public record CheckResult(
            @Schema(description = "The check's stable code", example = "missing_supplier") String code,
            @Schema(description = "A short title", example = "No supplier") String title,
            @Schema(description = "What fails the check, exactly, and why it matters",
                    example = "An awarded or contracted process none of whose awards names a supplier: its money "
                            + "goes to no one in the supplier profiles.") String description,
            @Schema(description = "How many of those processes fail it", example = "2210") long failing,
            @Schema(description = "failing / processes, rounded half-even to 6 decimal places",
                    example = "0.002003") BigDecimal share,
            @Schema(description = "Where the failing processes are listed, under the same filters",
                    example = "https://api.example.org/api/v1/quality/checks/missing_supplier/processes?source=sercop")
            String examples) {
    }
}
