package org.opencompras.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One source of data: what is stored from it, and how its harvest stands. */
@Schema(name = "Source", description = "A source of data, what is stored from it and how its harvest stands")
public record SourceView(
        @Schema(description = "The name its releases are filed under", example = "SERCOP") String name,
        @Schema(description = "The publisher its packages name, if any", nullable = true,
                example = "Servicio Nacional de Contratación Pública") @JsonInclude(JsonInclude.Include.ALWAYS)
        String publisher,
        @Schema(description = "Releases stored", example = "1208713") long releases,
        @Schema(description = "Processes stored", example = "402917") long processes,
        @Schema(description = "The date of its newest stored release, in UTC", nullable = true,
                example = "2026-12-04T21:13:47Z") @JsonInclude(JsonInclude.Include.ALWAYS) String newestReleaseDate,
        @Schema(description = "When a harvest last fetched one of its units successfully (loaded or found "
                + "unchanged); null for a source only ever loaded from files", nullable = true,
                example = "2026-12-05T08:31:02Z") @JsonInclude(JsonInclude.Include.ALWAYS) String lastSuccessfulHarvest,
        @Schema(description = "Its harvest units (months, listing pages, records, URLs) by state")
        UnitCounts units,
        @Schema(description = "The units whose last attempt failed, the most recent first (at most 100)")
        List<FailingUnit> failingUnits) {

    /** How many units a source has, and in which state. */
    @Schema(name = "SourceUnitCounts", description = "A source's harvest units by state")
    public record UnitCounts(
            @Schema(description = "Every unit ever fetched", example = "144") long total,
            @Schema(description = "Units whose last attempt loaded them or found them unchanged", example = "143")
            long loaded,
            @Schema(description = "Units whose last attempt failed", example = "1") long failed) {
    }

    /** A unit whose last attempt failed, and why. */
    @Schema(name = "FailingUnit", description = "A harvest unit whose last attempt failed")
    public record FailingUnit(
            @Schema(description = "What names the unit in its source", example = "bulk/2026-11") String key,
            @Schema(description = "Where it is fetched from",
                    example = "https://datosabiertos.compraspublicas.gob.ec/PLATAFORMA/download?type=json&year=2026&month=11&method=all")
            String url,
            @Schema(description = "Why its last attempt failed",
                    example = "the server answered with an HTML page (a captcha or maintenance page?), not data")
            String lastError,
            @Schema(description = "The HTTP status of the last answer, if one came", nullable = true, example = "200")
            @JsonInclude(JsonInclude.Include.ALWAYS) Integer httpStatus,
            @Schema(description = "Requests made by its last attempt", example = "1") int attempts,
            @Schema(description = "When it was last attempted, in UTC", example = "2026-12-05T08:30:41Z")
            String lastAttemptAt) {
    }
}
