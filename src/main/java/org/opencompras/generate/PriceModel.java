package org.opencompras.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/**
 * Unit prices of purchases: log-normal around the item's reference price, shifted by the buyer's own price level,
 * with occasional prices far above (three to ten times), more often in emergency purchases during COVID-19.
 * Prices are exact amounts in cents.
 */
final class PriceModel {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private PriceModel() {
    }

    static BigDecimal awardedUnitPrice(Random random, CatalogItem item, Buyer buyer, boolean emergencyCovid) {
        double factor = buyer.priceFactor() * Math.exp(item.priceSpread() * random.nextGaussian());
        double outlierChance = emergencyCovid ? 0.12 : 0.02;
        if (random.nextDouble() < outlierChance) {
            factor *= 3 + 7 * random.nextDouble();
        }
        return cents(item.referencePrice().multiply(BigDecimal.valueOf(factor)));
    }

    /** The entity's estimate: at or above the awarded price, by more when bidders competed the price down. */
    static BigDecimal estimatedUnitPrice(Random random, BigDecimal awarded, boolean competitive) {
        double margin = competitive ? 0.15 : 0.03;
        return cents(awarded.multiply(BigDecimal.valueOf(1 + margin * random.nextDouble())));
    }

    static BigDecimal cents(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        return rounded.compareTo(CENT) < 0 ? CENT : rounded;
    }
}
