package org.opencompras.generate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * What was planted, exactly as written: each member null when its plant was off (or found no process to go in).
 */
public record PlantedFacts(DominantSupplier dominantSupplier, OverPricedPurchase overPricedPurchase,
                           LongEmergency longEmergency, IdenticalBids identicalBids) {

    public static final PlantedFacts NONE = new PlantedFacts(null, null, null, null);

    /**
     * A supplier winning many of one buyer's contracts.
     *
     * @param buyerContracts    the buyer's contracts in all
     * @param supplierContracts those of the supplier's awards
     * @param share             supplierContracts / buyerContracts, rounded half-even to 6 decimal places
     */
    public record DominantSupplier(String buyerRuc, String buyerName, String supplierRuc, String supplierName,
                                   long buyerContracts, long supplierContracts, BigDecimal share) {
    }

    /** One contracted purchase whose first item costs {@code factor} times the reference price of its CPC item. */
    public record OverPricedPurchase(String ocid, String cpc, String description, BigDecimal referenceUnitPrice,
                                     BigDecimal factor, BigDecimal unitPrice, long quantity) {
    }

    /** An emergency contract for a service that lasts {@code days}, from {@code start} to {@code end}. */
    public record LongEmergency(String ocid, String cpc, String description, int days, OffsetDateTime start,
                                OffsetDateTime end) {
    }

    /** A process whose {@code bids} bids are all valid and all at {@code price}. */
    public record IdenticalBids(String ocid, int bids, BigDecimal price) {
    }
}
