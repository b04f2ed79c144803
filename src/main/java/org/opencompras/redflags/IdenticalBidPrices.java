package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** R028: different tenderers submitted bids with the same price. */
final class IdenticalBidPrices implements Indicator {

    public String code() {
        return "R028";
    }

    public String title() {
        return "Identical bid prices";
    }

    public String definition() {
        return "Two submitted bids (pending, valid or disqualified) by different sets of tenderers have the same "
                + "amount in the same currency. Not computable when prices are set by the buyer (the procurement "
                + "method details configured as without price comparison) or fewer than two submitted bids have a "
                + "price and tenderers.";
    }

    public Assessment assess(CompiledRelease release, RedFlagSettings settings) {
        if (!settings.comparesPrices(release.tenderText("procurementMethodDetails"))) {
            return Assessment.notComputable("prices are set by the buyer for these procurement method details");
        }
        Map<String, Set<String>> tenderersByPrice = new HashMap<>();
        int priced = 0;
        boolean identical = false;
        for (JsonNode bid : release.submittedBids()) {
            BigDecimal amount = CompiledRelease.amount(bid.get("value"));
            String currency = CompiledRelease.currency(bid.get("value"));
            JsonNode tenderers = bid.get("tenderers");
            if (amount == null || currency == null || tenderers == null || !tenderers.isArray()) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            tenderers.forEach(tenderer -> {
                String id = CompiledRelease.id(tenderer);
                if (id != null) {
                    ids.add(id);
                }
            });
            if (ids.isEmpty()) {
                continue;
            }
            priced++;
            String price = amount.stripTrailingZeros().toPlainString() + " " + currency;
            Set<String> other = tenderersByPrice.put(price, ids);
            identical |= other != null && !other.equals(ids);
        }
        if (priced < 2) {
            return Assessment.notComputable("fewer than two submitted bids with a price and tenderers");
        }
        return Assessment.of(identical);
    }
}
