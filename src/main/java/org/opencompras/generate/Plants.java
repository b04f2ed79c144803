package org.opencompras.generate;

import java.math.BigDecimal;

/**
 * Facts to plant in generated data, so that tests and demonstrations know the answers by construction. Each is
 * off when null or false; {@link #NONE} plants nothing and leaves the output exactly as without plants.
 *
 * @param dominantSupplierShare a supplier wins this share (0 to 1) of the contracts of the busiest buyer
 * @param overPricedFactor      one contracted purchase pays this many times the reference unit price of its item
 * @param longEmergency         one emergency contract for parks and gardens maintenance lasts 730 days
 * @param identicalBids         one competitive process gets bids all at the same price
 */
public record Plants(BigDecimal dominantSupplierShare, BigDecimal overPricedFactor, boolean longEmergency,
                     boolean identicalBids) {

    public static final Plants NONE = new Plants(null, null, false, false);

    public Plants {
        if (dominantSupplierShare != null
                && (dominantSupplierShare.signum() <= 0 || dominantSupplierShare.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("dominant supplier share " + dominantSupplierShare + " not in (0, 1]");
        }
        if (overPricedFactor != null && overPricedFactor.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("over-priced factor " + overPricedFactor + " not above 1");
        }
    }

    /** Every plant on, with a dominant supplier holding 60% and a purchase at eight times the price. */
    public static Plants all() {
        return new Plants(new BigDecimal("0.6"), BigDecimal.valueOf(8), true, true);
    }
}
