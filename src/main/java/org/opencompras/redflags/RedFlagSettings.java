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
 * @param organizations         the settings of the indicators assessed per organization (R038, R048)
 */
public record RedFlagSettings(String currency, Set<String> noPriceComparison, Set<String> priceComparison,
                              Set<String> excludedDetails, int r003Threshold, Set<String> r003Methods,
                              Map<String, Integer> r003DetailsThresholds, Set<String> r018Methods,
                              BigDecimal r024Threshold, int r035Threshold, BigDecimal r058Threshold,
                              BigDecimal contractAboveTenderThreshold, OrganizationLevel organizations) {

    /**
     * @param r038Threshold                     a fixed upper fence for the ratio of disqualified bids, null for Tukey
     * @param r038MinimumSubmittedBids          bids a tenderer must have submitted to be assessed
     * @param r038MinimumContractingProcesses   what a buyer must reach to be assessed; Cardinal compares it with the
     *                                          number of bids submitted in the buyer's processes
     * @param r048Digits                        leading digits of an item classification that make a category
     * @param r048Threshold                     a fixed upper fence for the variety, null for Tukey
     * @param r048MinimumContractingProcesses   processes a supplier must be awarded in to be assessed
     */
    public record OrganizationLevel(BigDecimal r038Threshold, int r038MinimumSubmittedBids,
                                    int r038MinimumContractingProcesses, int r048Digits, Integer r048Threshold,
                                    int r048MinimumContractingProcesses) {

        public OrganizationLevel {
            r038MinimumSubmittedBids = Math.max(r038MinimumSubmittedBids, 1);
            r038MinimumContractingProcesses = Math.max(r038MinimumContractingProcesses, 1);
            r048Digits = Math.max(r048Digits, 1);
            r048MinimumContractingProcesses = Math.max(r048MinimumContractingProcesses, 1);
        }

        /** Cardinal's defaults. */
        public static OrganizationLevel defaults() {
            return new OrganizationLevel(null, 2, 2, 2, null, 20);
        }
    }

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
                config.contractAboveTender().threshold(),
                new OrganizationLevel(config.r038().threshold().orElse(null), config.r038().minimumSubmittedBids(),
                        config.r038().minimumContractingProcesses(), config.r048().digits(),
                        config.r048().threshold().orElse(null), config.r048().minimumContractingProcesses()));
    }

    /** Cardinal's defaults. */
    public static RedFlagSettings defaults() {
        return new RedFlagSettings(null, Set.of(), Set.of(), Set.of(), 15, Set.of(), Map.of(),
                Set.of("open", "selective"), null, 1, null, new BigDecimal("0.20"),
                OrganizationLevel.defaults());
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
            case "R038" -> {
                shown.put("upperFence", organizations.r038Threshold() == null
                        ? "Q3 + 1.5 IQR per source and role" : organizations.r038Threshold());
                shown.put("minimumSubmittedBids", organizations.r038MinimumSubmittedBids());
                shown.put("minimumContractingProcesses", organizations.r038MinimumContractingProcesses());
            }
            case "R048" -> {
                shown.put("upperFence", organizations.r048Threshold() == null
                        ? "Q3 + 1.5 IQR per source" : organizations.r048Threshold());
                shown.put("digits", organizations.r048Digits());
                shown.put("minimumContractingProcesses", organizations.r048MinimumContractingProcesses());
            }
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
