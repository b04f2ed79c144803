package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/** R030: a bid submitted after the tender period ended was accepted and won. */
final class LateBidWon implements Indicator {

    public String code() {
        return "R030";
    }

    public String title() {
        return "Late bid won";
    }

    public String definition() {
        return "A valid bid dated after tender.tenderPeriod.endDate was submitted by a supplier of an active award. "
                + "Not computable without a tender end date, awards and bids, without an active award, or when no "
                + "valid bid has a date.";
    }

    public Assessment assess(CompiledRelease release, RedFlagSettings settings) {
        String endDate = CompiledRelease.text(release.tender().path("tenderPeriod").get("endDate"));
        if (endDate == null || release.awards() == null || release.bidDetails() == null) {
            return Assessment.notComputable("no tender period end date, awards or bids");
        }
        Set<String> winners = new HashSet<>();
        for (JsonNode award : release.awards()) {
            JsonNode suppliers = award.get("suppliers");
            if ("active".equals(CompiledRelease.text(award.get("status"))) && suppliers != null && suppliers.isArray()) {
                suppliers.forEach(supplier -> {
                    String id = CompiledRelease.id(supplier);
                    if (id != null) {
                        winners.add(id);
                    }
                });
            }
        }
        if (winners.isEmpty()) {
            return Assessment.notComputable("no active award to a supplier");
        }
        boolean dated = false;
        for (JsonNode bid : release.bidDetails()) {
            String date = CompiledRelease.text(bid.get("date"));
            JsonNode tenderers = bid.get("tenderers");
            if (!"valid".equals(CompiledRelease.text(bid.get("status"))) || date == null) {
                continue;
            }
            dated = true;
            if (after(date, endDate) && tenderers != null && tenderers.isArray()) {
                for (JsonNode tenderer : tenderers) {
                    if (winners.contains(CompiledRelease.id(tenderer))) {
                        return Assessment.of(true);
                    }
                }
            }
        }
        return dated ? Assessment.of(false) : Assessment.notComputable("no valid bid with a date");
    }

    // Instants when both parse (offsets may differ); otherwise the texts, as Cardinal compares them.
    private static boolean after(String date, String endDate) {
        OffsetDateTime bid = CompiledRelease.instant(date);
        OffsetDateTime end = CompiledRelease.instant(endDate);
        return bid != null && end != null ? bid.isAfter(end) : date.compareTo(endDate) > 0;
    }
}
