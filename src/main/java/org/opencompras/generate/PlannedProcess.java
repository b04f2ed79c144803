package org.opencompras.generate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything decided about one contracting process before its releases are written.
 *
 * @param code        the SERCOP process code, e.g. {@code SIE-HOALO-2025-003}
 * @param ocid        {@code ocds-5wno2w-<code>-<buyer internal id>}
 * @param tenderers   who bid, as named in this process; empty when nobody did
 * @param winner      the awarded tenderer, null when the process failed
 * @param timeline    the process's dates
 * @param bids        the tenderers' bids (OCDS bid extension), for competitive methods; empty otherwise
 */
record PlannedProcess(int index, String code, String ocid, Buyer buyer, ProcurementMethod method, String category,
                      String title, String description, List<Item> items, List<Party> tenderers, Party winner,
                      Outcome outcome, Timeline timeline, List<Bid> bids) {

    /** How far the process got. */
    enum Outcome { CONTRACTED, AWARDED, UNSUCCESSFUL }

    /** A supplier as this process names it (the registered name or one of its variants). */
    record Party(Organization organization, String name) {
    }

    /** One line of the tender, with the estimated and the awarded unit prices (2 decimals). */
    record Item(String id, CatalogItem item, long quantity, BigDecimal estimatedUnitPrice,
                BigDecimal awardedUnitPrice) {
    }

    /**
     * One bid: the winner's is the awarded value, the others' are higher.
     *
     * @param status {@code valid} or {@code disqualified} (OCDS bidStatus codelist)
     */
    record Bid(String id, Party tenderer, OffsetDateTime date, String status, BigDecimal value) {
    }

    /** Publication, tender closing, award, signature and end of the contract, strictly increasing. */
    record Timeline(OffsetDateTime tenderStart, OffsetDateTime tenderEnd, OffsetDateTime award,
                    OffsetDateTime contractSigned, OffsetDateTime contractEnd) {
    }

    PlannedProcess withItems(List<Item> newItems) {
        return new PlannedProcess(index, code, ocid, buyer, method, category, title, description, newItems, tenderers,
                winner, outcome, timeline, bids);
    }

    /** The same process won by {@code newWinner}, who becomes the first tenderer; the former winner loses. */
    PlannedProcess wonBy(Party newWinner) {
        List<Party> newTenderers = new ArrayList<>();
        newTenderers.add(newWinner);
        tenderers.stream().filter(t -> !t.organization().equals(newWinner.organization()))
                .limit(Math.max(0, tenderers.size() - 1L)).forEach(newTenderers::add);
        return new PlannedProcess(index, code, ocid, buyer, method, category, title, description, items,
                List.copyOf(newTenderers), newWinner, outcome, timeline, bids);
    }

    PlannedProcess withBids(List<Bid> newBids) {
        return new PlannedProcess(index, code, ocid, buyer, method, category, title, description, items, tenderers,
                winner, outcome, timeline, newBids);
    }

    /** Whether bidders competed on price: the method allows more than one tenderer. */
    boolean competitive() {
        return method.maxTenderers > 1;
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
