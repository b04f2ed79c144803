package org.opencompras.redflags;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the red flags, under {@code opencompras.red-flags}, with the defaults of Cardinal (the Open
 * Contracting Partnership's red-flag calculator) so that results can be compared with it. Lists of procurement
 * methods or method details are separated by '|', as in Cardinal, since details may hold commas.
 */
@ConfigMapping(prefix = "opencompras.red-flags")
public interface RedFlagConfig {

    /** Only bids in this currency are compared (R024, R036, R058); without it, a process's bids must share one. */
    Optional<String> currency();

    /** Method details whose prices are set by the buyer: not assessed by the price indicators (R024, R028, R036, R058). */
    Optional<String> noPriceComparisonProcurementMethods();

    /** When set, only processes with these method details are assessed by the price indicators; overrides the above. */
    Optional<String> priceComparisonProcurementMethods();

    /** Method details whose processes no indicator assesses. */
    Optional<String> excludedProcurementMethodDetails();

    /** R003 short submission period. */
    R003 r003();

    /** R018 single bid. */
    R018 r018();

    /** R024 price close to the winning bid. */
    R024 r024();

    /** R035 all except the winner disqualified. */
    R035 r035();

    /** R058 heavily discounted bid. */
    R058 r058();

    /** R038 excessive disqualified bids (per buyer and per tenderer). */
    R038 r038();

    /** R048 heterogeneous supplier (per supplier). */
    R048 r048();

    /** The contract value above the tender value. */
    ContractAboveTender contractAboveTender();

    interface R003 {
        /** Days: a tender period shorter than this is flagged. */
        @WithDefault("15")
        int threshold();

        /** Methods assessed, '|'-separated; none: every method. */
        Optional<String> procurementMethods();

        /** Thresholds in days for given method details, replacing the default for those processes. */
        Map<String, Integer> procurementMethodDetails();
    }

    interface R018 {
        /** Methods assessed, '|'-separated: where competition was expected. */
        @WithDefault("open|selective")
        String procurementMethods();
    }

    interface R024 {
        /** A fixed lower fence for the bid difference; none: Q1 - 1.5 IQR of each source's differences. */
        Optional<BigDecimal> threshold();
    }

    interface R035 {
        /** How many other tenderers must have been disqualified (at least 1). */
        @WithDefault("1")
        int threshold();
    }

    interface R058 {
        /** A fixed upper fence for the bid difference; none: Q3 + 1.5 IQR of each source's differences. */
        Optional<BigDecimal> threshold();
    }

    interface R038 {
        /** A fixed upper fence for the ratio of disqualified bids; none: Q3 + 1.5 IQR per source and role. */
        Optional<BigDecimal> threshold();

        /** Bids a tenderer must have submitted to be assessed. */
        @WithDefault("2")
        int minimumSubmittedBids();

        /** A buyer is assessed when the bids submitted in its processes reach this number (as Cardinal counts). */
        @WithDefault("2")
        int minimumContractingProcesses();
    }

    interface R048 {
        /** Leading digits of an item classification code that make a category (2: a UNSPSC segment). */
        @WithDefault("2")
        int digits();

        /** A fixed upper fence for a supplier's variety; none: Q3 + 1.5 IQR per source. */
        Optional<Integer> threshold();

        /** Processes a supplier must be awarded in (one supplier per award) to be assessed. */
        @WithDefault("20")
        int minimumContractingProcesses();
    }

    interface ContractAboveTender {
        /** The share by which the contracts of a process may exceed its tender value before it is flagged. */
        @WithDefault("0.20")
        BigDecimal threshold();
    }
}
