package org.opencompras.prices;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.common.api.PublicId;
import org.opencompras.contract.ItemView;
import org.opencompras.filter.OrganizationRef;

/** Puts the rows of a {@link PriceQuery} together into classes, in list order. */
final class PriceRows {

    private static final Comparator<OrganizationPrices> HIGHEST_MEDIAN_FIRST = Comparator
            .comparing(OrganizationPrices::median, Comparator.reverseOrder())
            .thenComparing(prices -> prices.organization().id());

    private final Map<PriceClassKey, Parts> classes = new LinkedHashMap<>();
    private final BigDecimal multiple;
    private final int flaggedLimit;
    private final boolean withSuppliers;

    /** The rows of one class as they are read, before its median is known to every part. */
    private static final class Parts {
        ItemView.Classification classification;
        List<String> unitNames = List.of();
        long purchases;
        BigDecimal min;
        BigDecimal p25;
        BigDecimal median;
        BigDecimal p75;
        BigDecimal max;
        long flaggedCount;
        final List<Organization> buyers = new ArrayList<>();
        final List<Organization> suppliers = new ArrayList<>();
        final List<Flag> flags = new ArrayList<>();
    }

    private record Organization(OrganizationSummary organization, long purchases, BigDecimal min, BigDecimal median,
                                BigDecimal max) {
    }

    private record Flag(String ocid, String awardId, String itemId, OrganizationSummary buyer,
                        List<OrganizationSummary> suppliers, BigDecimal quantity, String unitName, Amount unitValue,
                        BigDecimal unitPrice) {
    }

    PriceRows(BigDecimal multiple, int flaggedLimit, boolean withSuppliers) {
        this.multiple = multiple;
        this.flaggedLimit = flaggedLimit;
        this.withSuppliers = withSuppliers;
    }

    void add(ResultSet rs) throws SQLException {
        String scheme = emptyToNull(rs.getString("scheme"));
        String currency = emptyToNull(rs.getString("currency"));
        PriceClassKey key = new PriceClassKey(rs.getString("class_id"), scheme, currency, rs.getString("unit"));
        Parts parts = classes.computeIfAbsent(key, k -> new Parts());
        switch (rs.getString("kind")) {
            case PriceQuery.CLASS -> {
                parts.classification = new ItemView.Classification(scheme, key.classificationId(),
                        rs.getString("description"));
                parts.unitNames = texts(rs.getArray("unit_names"));
                parts.purchases = rs.getLong("n");
                parts.min = rs.getBigDecimal("min");
                parts.p25 = rs.getBigDecimal("p25");
                parts.median = PriceStatistics.median(rs.getBigDecimal("lo"), rs.getBigDecimal("hi"));
                parts.p75 = rs.getBigDecimal("p75");
                parts.max = rs.getBigDecimal("max");
            }
            case PriceQuery.BUYER -> parts.buyers.add(organization(rs));
            case PriceQuery.SUPPLIER -> parts.suppliers.add(organization(rs));
            case PriceQuery.FLAG -> {
                // The query gives at least the first flagged purchase of a class, so that its count comes too.
                parts.flaggedCount = rs.getLong("n");
                if (parts.flags.size() < flaggedLimit) {
                    parts.flags.add(flag(rs, currency));
                }
            }
            default -> throw new IllegalStateException("Unknown row kind " + rs.getString("kind"));
        }
    }

    /** Every class, in list order. */
    List<PriceClass> classes() {
        List<PriceClassKey> keys = classes.keySet().stream().sorted(PriceClassKey.ORDER).toList();
        List<PriceClass> result = new ArrayList<>();
        for (PriceClassKey key : keys) {
            List<OtherUnit> others = keys.stream().filter(other -> other.sameClassification(key) && other != key)
                    .map(other -> new OtherUnit(other.unit(), classes.get(other).purchases)).toList();
            result.add(build(key, classes.get(key), others));
        }
        return result;
    }

    private PriceClass build(PriceClassKey key, Parts parts, List<OtherUnit> others) {
        boolean priced = key.unit() != null;
        String reason = null;
        if (!priced) {
            reason = "the items give no unit: their unit prices cannot be compared";
        } else if (!others.isEmpty()) {
            reason = "also bought in " + others.stream().map(PriceRows::described).collect(Collectors.joining(", "))
                    + ", which cannot be converted to " + key.unit() + ": those purchases are compared apart, never "
                    + "mixed with these";
        }
        BigDecimal median = priced ? parts.median : null;
        PriceStatistics prices = priced ? PriceStatistics.of(parts.min, parts.p25, median, parts.p75, parts.max) : null;
        List<FlaggedPurchase> flagged = parts.flags.stream().map(flag -> new FlaggedPurchase(flag.ocid(),
                PublicId.of(flag.ocid(), flag.awardId()), flag.itemId(), flag.buyer(), flag.suppliers(),
                flag.quantity(), flag.unitName(), flag.unitValue(), flag.unitPrice(),
                PriceStatistics.ratio(flag.unitPrice(), median))).toList();
        return new PriceClass(parts.classification, key.currency(), key.unit(), parts.unitNames,
                priced && others.isEmpty(), reason, others, parts.purchases, prices,
                organizations(parts.buyers, median), withSuppliers ? organizations(parts.suppliers, median) : null,
                new PriceClass.Flagged(multiple, median == null ? null : multiple.multiply(median),
                        parts.flaggedCount, flagged));
    }

    private static String described(OtherUnit other) {
        String unit = other.unit() == null ? "no stated unit" : other.unit();
        return unit + " (" + other.purchases() + (other.purchases() == 1 ? " purchase)" : " purchases)");
    }

    private static List<OrganizationPrices> organizations(List<Organization> rows, BigDecimal classMedian) {
        return rows.stream().map(row -> new OrganizationPrices(row.organization(), row.purchases(), row.min(),
                row.median(), row.max(), PriceStatistics.ratio(row.median(), classMedian)))
                .sorted(HIGHEST_MEDIAN_FIRST).toList();
    }

    private static Organization organization(ResultSet rs) throws SQLException {
        return new Organization(summary(rs.getString("org_key"), rs.getString("org_name")), rs.getLong("n"),
                rs.getBigDecimal("min"), PriceStatistics.median(rs.getBigDecimal("lo"), rs.getBigDecimal("hi")),
                rs.getBigDecimal("max"));
    }

    private static Flag flag(ResultSet rs, String currency) throws SQLException {
        List<String> keys = texts(rs.getArray("supplier_keys"));
        List<String> names = texts(rs.getArray("supplier_names"));
        List<OrganizationSummary> suppliers = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            suppliers.add(summary(keys.get(i), names.get(i)));
        }
        String buyerKey = rs.getString("org_key");
        return new Flag(rs.getString("ocid"), rs.getString("award_id"), rs.getString("item_id"),
                buyerKey == null ? null : summary(buyerKey, rs.getString("org_name")), suppliers,
                rs.getBigDecimal("quantity"), rs.getString("unit_name"),
                Amount.of(rs.getBigDecimal("unit_amount"), currency), rs.getBigDecimal("price"));
    }

    private static OrganizationSummary summary(String identityKey, String name) {
        return new OrganizationSummary(OrganizationRef.id(identityKey), name);
    }

    private static List<String> texts(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
