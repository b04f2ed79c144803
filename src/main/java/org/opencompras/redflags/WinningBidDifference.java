package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The relative difference between the winning bid and the lowest valid bid of another tenderer,
 * (lowest other - winner) / winner, which R024 and R058 compare with source-wide fences. Computed only when it
 * means something: one active award to one supplier (several would need lots to know which bids compete), bids by
 * single tenderers, and the lowest bid winning (otherwise the award criteria are not price only).
 *
 * @param ratio  the difference, or null
 * @param reason why there is none, or null
 */
record WinningBidDifference(BigDecimal ratio, String reason) {

    static final int SCALE = 10;

    private record Bid(String tenderer, BigDecimal amount, String currency) {
    }

    static WinningBidDifference of(CompiledRelease release, RedFlagSettings settings) {
        if (!settings.comparesPrices(release.tenderText("procurementMethodDetails"))) {
            return none("prices are set by the buyer for these procurement method details");
        }
        Optional<List<JsonNode>> awards = release.activeAwardsIfAllFinal();
        if (awards.isEmpty()) {
            return none("no bids or awards, or an award is not final");
        }
        if (awards.get().size() != 1) {
            return none("not exactly one active award");
        }
        JsonNode suppliers = awards.get().get(0).get("suppliers");
        String winner = suppliers != null && suppliers.isArray() && suppliers.size() == 1
                ? CompiledRelease.id(suppliers.get(0)) : null;
        if (winner == null) {
            return none("the award is not to exactly one supplier with an id");
        }
        List<Bid> bids = validBids(release, settings);
        Set<String> currencies = new HashSet<>();
        bids.forEach(bid -> currencies.add(bid.currency()));
        if (currencies.size() > 1) {
            return none("bids in several currencies");
        }
        BigDecimal winning = null;
        BigDecimal lowestOther = null;
        for (Bid bid : bids) {
            if (bid.tenderer().equals(winner)) {
                winning = winning == null ? bid.amount() : winning.min(bid.amount());
            } else {
                lowestOther = lowestOther == null ? bid.amount() : lowestOther.min(bid.amount());
            }
        }
        if (winning == null) {
            return none("no valid bid of the winner with a price");
        }
        if (lowestOther == null) {
            return none("no other valid bid with a price");
        }
        if (lowestOther.compareTo(winning) < 0) {
            return none("the lowest bid did not win: the award criteria are not price only");
        }
        if (winning.signum() <= 0) {
            return none("the winning bid is not positive");
        }
        return new WinningBidDifference(lowestOther.subtract(winning).divide(winning, SCALE, RoundingMode.HALF_EVEN),
                null);
    }

    private static WinningBidDifference none(String reason) {
        return new WinningBidDifference(null, reason);
    }

    private static List<Bid> validBids(CompiledRelease release, RedFlagSettings settings) {
        List<Bid> bids = new ArrayList<>();
        for (JsonNode bid : release.bidDetails()) {
            JsonNode tenderers = bid.get("tenderers");
            BigDecimal amount = CompiledRelease.amount(bid.get("value"));
            String currency = CompiledRelease.currency(bid.get("value"));
            String tenderer = tenderers != null && tenderers.isArray() && tenderers.size() == 1
                    ? CompiledRelease.id(tenderers.get(0)) : null;
            if ("valid".equals(CompiledRelease.text(bid.get("status"))) && amount != null && currency != null
                    && tenderer != null && (settings.currency() == null || settings.currency().equals(currency))) {
                bids.add(new Bid(tenderer, amount, currency));
            }
        }
        return bids;
    }
}
