package org.opencompras.generate;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something public entities buy, with the reference unit price around which buyers' prices spread.
 *
 * @param cpc            SERCOP-style 9-digit CPC id (5-digit CPC subclass plus 4 digits)
 * @param description    the CPC description
 * @param category       the OCDS main procurement category: goods, works or services
 * @param unit           the unit name, in Spanish
 * @param referencePrice the typical unit price in USD
 * @param priceSpread    the standard deviation of the logarithm of unit prices between purchases
 * @param family         the kind of purchase (COVID, MEDICAL, WORKS, CONSULTING...), which methods choose from
 * @param minQuantity    the smallest usual quantity
 * @param maxQuantity    the largest usual quantity
 */
record CatalogItem(String cpc, String description, String category, String unit, BigDecimal referencePrice,
                   double priceSpread, String family, int minQuantity, int maxQuantity) {

    static List<CatalogItem> all() {
        return ReferenceData.rows("cpc-items.csv").stream()
                .map(row -> new CatalogItem(row[0], row[1], row[2], row[3], new BigDecimal(row[4]),
                        Double.parseDouble(row[5]), row[6], Integer.parseInt(row[7]), Integer.parseInt(row[8])))
                .toList();
    }
}
