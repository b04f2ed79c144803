package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** R035: the only tenderer with valid bids won, and the others' bids were disqualified. */
final class AllExceptWinnerDisqualified implements Indicator {

    public String code() {
        return "R035";
    }

    public String title() {
        return "All except winning bid disqualified";
    }

    public String definition() {
        return "Exactly one tenderer has valid bids, the suppliers of the active awards are exactly that tenderer, "
                + "and at least the threshold (1) of other tenderers have disqualified bids. Not computable without "
                + "bids and awards, with an award not final (pending or of another status), or when the valid bids "
                + "are not of exactly one tenderer who is also exactly the awarded supplier. Value: the number of "
                + "other tenderers disqualified.";
    }

    public Assessment assess(CompiledRelease release, RedFlagSettings settings) {
        Optional<List<JsonNode>> awards = release.activeAwardsIfAllFinal();
        if (awards.isEmpty()) {
            return Assessment.notComputable("no bids or awards, or an award is not final");
        }
        Set<String> suppliers = new HashSet<>();
        awards.get().forEach(award -> ids(award.get("suppliers"), suppliers));
        Set<String> valid = new HashSet<>();
        Set<String> disqualified = new HashSet<>();
        for (JsonNode bid : release.bidDetails()) {
            String status = CompiledRelease.text(bid.get("status"));
            if ("valid".equals(status)) {
                ids(bid.get("tenderers"), valid);
            } else if ("disqualified".equals(status)) {
                ids(bid.get("tenderers"), disqualified);
            }
        }
        if (valid.size() != 1) {
            return Assessment.notComputable("not exactly one tenderer with valid bids");
        }
        if (!valid.equals(suppliers)) {
            return Assessment.notComputable("the awarded suppliers are not the one tenderer with valid bids");
        }
        disqualified.removeAll(valid);
        return Assessment.of(disqualified.size() >= settings.r035Threshold(), BigDecimal.valueOf(disqualified.size()),
                BigDecimal.valueOf(settings.r035Threshold()));
    }

    private static void ids(JsonNode organizations, Set<String> into) {
        if (organizations != null && organizations.isArray()) {
            organizations.forEach(organization -> {
                String id = CompiledRelease.id(organization);
                if (id != null) {
                    into.add(id);
                }
            });
        }
    }
}
