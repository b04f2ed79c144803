package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicators served, in the order they are listed, and the assessment of one process by all of them. */
final class RedFlagIndicators {

    static final List<Indicator> ALL = List.of(new ShortSubmissionPeriod(), new SingleBid(),
            new PriceCloseToWinningBid(), new IdenticalBidPrices(), new LateBidWon(), new AllExceptWinnerDisqualified(),
            new LowestBidDisqualified(), new HeavilyDiscountedBid(), new ContractAboveTender());

    /** The codes of the indicators assessed per process. */
    static final List<String> CODES = java.util.stream.Stream.concat(ALL.stream().map(Indicator::code),
            java.util.stream.Stream.of(EmergencyProcedureMisuse.CODE)).toList();

    /** Every code: those assessed per process, then those assessed per organization. */
    static final List<String> ALL_CODES = java.util.stream.Stream.concat(CODES.stream(),
            OrganizationIndicators.CODES.stream()).toList();

    /** The indicators whose fences come from a whole source's distribution of bid differences. */
    static final List<String> FENCED = List.of("R024", "R058");

    private RedFlagIndicators() {
    }

    static Optional<Indicator> byCode(String code) {
        return ALL.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    /**
     * @param results   every indicator's assessment, by code
     * @param bidRatio  the winning bid difference, or null
     */
    record ProcessFlags(Map<String, Assessment> results, java.math.BigDecimal bidRatio, boolean assessed) {
    }

    /** Every indicator on one process; a cancelled or excluded process is not computable for any. */
    static ProcessFlags assess(JsonNode compiled, RedFlagSettings settings, boolean emergency) {
        CompiledRelease release = new CompiledRelease(compiled);
        Map<String, Assessment> results = new LinkedHashMap<>();
        String excluded = null;
        String details = release.tenderText("procurementMethodDetails");
        if ("cancelled".equals(release.tenderText("status"))) {
            excluded = "the tender was cancelled";
        } else if (details != null && settings.excludedDetails().contains(details)) {
            excluded = "procurement method details excluded by the settings";
        }
        for (Indicator indicator : ALL) {
            results.put(indicator.code(), excluded != null ? Assessment.notComputable(excluded)
                    : indicator.assess(release, settings));
        }
        Assessment misuse = excluded != null ? Assessment.notComputable(excluded)
                : EmergencyProcedureMisuse.beforeSql(emergency);
        if (misuse != null) {
            results.put(EmergencyProcedureMisuse.CODE, misuse);
        }
        java.math.BigDecimal ratio = excluded != null ? null : WinningBidDifference.of(release, settings).ratio();
        return new ProcessFlags(results, ratio, excluded == null);
    }
}
