package org.opencompras.redflags;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings in effect for one computation of the red flags: those configured, or others for a what-if run.
 *
 * @param r003DetailsThresholds R003 thresholds in days by method details
 * @param r024Threshold         a fixed lower fence, null for the Tukey fence
 * @param r058Threshold         a fixed upper fence, null for the Tukey fence
 */
public record RedFlagSettings(String currency, Set<String> noPriceComparison, Set<String> priceComparison,
                              Set<String> excludedDetails, int r003Threshold, Set<String> r003Methods,
                              Map<String, Integer> r003DetailsThresholds, Set<String> r018Methods,
                              BigDecimal r024Threshold, int r035Threshold, BigDecimal r058Threshold,
                              BigDecimal contractAboveTenderThreshold) {

    public RedFlagSettings {
        r035Threshold = Math.max(r035Threshold, 1);
        r003DetailsThresholds = new TreeMap<>(r003DetailsThresholds);
        // Sets that answer contains(null) with false: data fields are often missing.
        noPriceComparison = new LinkedHashSet<>(noPriceComparison);
        priceComparison = new LinkedHashSet<>(priceComparison);
        excludedDetails = new LinkedHashSet<>(excludedDetails);
        r003Methods = new LinkedHashSet<>(r003Methods);
        r018Methods = new LinkedHashSet<>(r018Methods);
    }

    public static RedFlagSettings of(RedFlagConfig config) {
        return new RedFlagSettings(config.currency().orElse(null),
                pipes(config.noPriceComparisonProcurementMethods()), pipes(config.priceComparisonProcurementMethods()),
                pipes(config.excludedProcurementMethodDetails()), config.r003().threshold(),
                pipes(config.r003().procurementMethods()), config.r003().procurementMethodDetails(),
                pipes(Optional.of(config.r018().procurementMethods())), config.r024().threshold().orElse(null),
                config.r035().threshold(), config.r058().threshold().orElse(null),
                config.contractAboveTender().threshold());
    }

    /** Cardinal's defaults. */
    public static RedFlagSettings defaults() {
        return new RedFlagSettings(null, Set.of(), Set.of(), Set.of(), 15, Set.of(), Map.of(),
                Set.of("open", "selective"), null, 1, null, new BigDecimal("0.20"));
    }

    static Set<String> pipes(Optional<String> value) {
        Set<String> set = new LinkedHashSet<>();
        value.ifPresent(text -> Arrays.stream(text.split("\\|")).filter(part -> !part.isEmpty()).forEach(set::add));
        return set;
    }

    /** Whether the price indicators assess a process with these method details (null when not given). */
    boolean comparesPrices(String details) {
        if (!priceComparison.isEmpty()) {
            return details != null && priceComparison.contains(details);
        }
        return details == null || !noPriceComparison.contains(details);
    }

    /** The settings of one indicator, as the indicator list shows them. */
    Map<String, Object> of(String code) {
        Map<String, Object> shown = new LinkedHashMap<>();
        switch (code) {
            case "R003" -> {
                shown.put("thresholdDays", r003Threshold);
                shown.put("procurementMethods", r003Methods.isEmpty() ? "all" : String.join("|", r003Methods));
                shown.put("procurementMethodDetailsThresholds", r003DetailsThresholds);
            }
            case "R018" -> shown.put("procurementMethods", String.join("|", r018Methods));
            case "R024" -> shown.put("lowerFence", r024Threshold == null ? "Q1 - 1.5 IQR per source" : r024Threshold);
            case "R035" -> shown.put("threshold", r035Threshold);
            case "R058" -> shown.put("upperFence", r058Threshold == null ? "Q3 + 1.5 IQR per source" : r058Threshold);
            case ContractAboveTender.CODE -> shown.put("threshold", contractAboveTenderThreshold);
            default -> {
            }
        }
        if (Set.of("R024", "R028", "R036", "R058").contains(code)) {
            shown.put("currency", currency == null ? "the one currency of the process's bids" : currency);
            shown.put("noPriceComparisonProcurementMethods", String.join("|", noPriceComparison));
            shown.put("priceComparisonProcurementMethods", String.join("|", priceComparison));
        }
        shown.put("excludedProcurementMethodDetails", String.join("|", excludedDetails));
        return shown;
    }
}
