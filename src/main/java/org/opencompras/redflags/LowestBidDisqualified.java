package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** R036: the lowest submitted bid was disqualified, in a process with an active award. */
final class LowestBidDisqualified implements Indicator {

    public String code() {
        return "R036";
    }

    public String title() {
        return "Lowest bid disqualified";
    }

    public String definition() {
        return "In a process with an active award, the submitted bid (pending, valid or disqualified) with the "
                + "lowest amount, the first of equals, is disqualified. Not computable without an active award, "
                + "when prices are set by the buyer, when no submitted bid has a price, or when bids are in several "
                + "currencies (unless a currency is configured).";
    }

    public Assessment assess(CompiledRelease release, RedFlagSettings settings) {
        JsonNode awards = release.awards();
        boolean active = false;
        if (awards != null) {
            for (JsonNode award : awards) {
                active |= "active".equals(CompiledRelease.text(award.get("status")));
            }
        }
        if (!active) {
            return Assessment.notComputable("no active award");
        }
        if (!settings.comparesPrices(release.tenderText("procurementMethodDetails"))) {
            return Assessment.notComputable("prices are set by the buyer for these procurement method details");
        }
        BigDecimal lowest = null;
        boolean lowestDisqualified = false;
        Set<String> currencies = new HashSet<>();
        for (JsonNode bid : release.submittedBids()) {
            BigDecimal amount = CompiledRelease.amount(bid.get("value"));
            String currency = CompiledRelease.currency(bid.get("value"));
            if (amount == null || currency == null
                    || settings.currency() != null && !settings.currency().equals(currency)) {
                continue;
            }
            currencies.add(currency);
            if (lowest == null || amount.compareTo(lowest) < 0) {
                lowest = amount;
                lowestDisqualified = "disqualified".equals(CompiledRelease.text(bid.get("status")));
            }
        }
        if (lowest == null) {
            return Assessment.notComputable("no submitted bid with a price");
        }
        if (currencies.size() > 1) {
            return Assessment.notComputable("bids in several currencies");
        }
        return Assessment.of(lowestDisqualified);
    }
}
