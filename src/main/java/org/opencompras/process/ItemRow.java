package org.opencompras.process;

import java.math.BigDecimal;

/**
 * An item of the tender, of an award or of a contract, a row of {@code item}.
 *
 * @param scope    {@code tender}, {@code award} or {@code contract}
 * @param parentId the award or contract id; null for tender items
 * @param position the index of the item in its {@code items} array
 */
public record ItemRow(
        String scope,
        String parentId,
        int position,
        String itemId,
        String description,
        String classificationScheme,
        String classificationId,
        String classificationDescription,
        BigDecimal quantity,
        String unitId,
        String unitName,
        Money unitValue,
        String relatedLot) {

    public static final String TENDER = "tender";
    public static final String AWARD = "award";
    public static final String CONTRACT = "contract";
}
