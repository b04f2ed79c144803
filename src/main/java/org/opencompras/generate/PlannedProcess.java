package org.opencompras.generate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything decided about one contracting process before its releases are written.
 *
 * @param code        the SERCOP process code, e.g. {@code SIE-HOALO-2025-003}
 * @param ocid        {@code ocds-5wno2w-<code>-<buyer internal id>}
 * @param tenderers   who bid, as named in this process; empty when nobody did
 * @param winner      the awarded tenderer, null when the process failed
 * @param timeline    the process's dates
 */
record PlannedProcess(int index, String code, String ocid, Buyer buyer, ProcurementMethod method, String category,
                      String title, String description, List<Item> items, List<Party> tenderers, Party winner,
                      Outcome outcome, Timeline timeline) {

    /** How far the process got. */
    enum Outcome { CONTRACTED, AWARDED, UNSUCCESSFUL }

    /** A supplier as this process names it (the registered name or one of its variants). */
    record Party(Organization organization, String name) {
    }

    /** One line of the tender, with the estimated and the awarded unit prices (2 decimals). */
    record Item(String id, CatalogItem item, long quantity, BigDecimal estimatedUnitPrice,
                BigDecimal awardedUnitPrice) {
    }

    /** Publication, tender closing, award, signature and end of the contract, strictly increasing. */
    record Timeline(OffsetDateTime tenderStart, OffsetDateTime tenderEnd, OffsetDateTime award,
                    OffsetDateTime contractSigned, OffsetDateTime contractEnd) {
    }

    BigDecimal estimatedValue() {
        return items.stream().map(i -> i.estimatedUnitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    BigDecimal awardedValue() {
        return items.stream().map(i -> i.awardedUnitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The ocid without its prefix: release ids start with it, as SERCOP's do. */
    String ocidBody() {
        return ocid.substring(SampleGenerator.OCID_PREFIX.length() + 1);
    }
}
