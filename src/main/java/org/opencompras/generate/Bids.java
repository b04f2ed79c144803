package org.opencompras.generate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The bids of a competitive process, one per planned tenderer: the winner's at the awarded value, valid; the
 * others from 1% to 30% higher, one in five disqualified. A failed process's bids are all disqualified. Drawn from
 * a random source of the process's own, so that adding bids changes no other draw of the generator.
 */
final class Bids {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Bids() {
    }

    static List<PlannedProcess.Bid> of(PlannedProcess process, long seed) {
        if (!process.competitive() || process.tenderers().isEmpty()) {
            return List.of();
        }
        Random random = new Random(seed * 1_000_003L + process.index());
        BigDecimal awarded = process.awardedValue();
        List<PlannedProcess.Bid> bids = new ArrayList<>();
        for (PlannedProcess.Party tenderer : process.tenderers()) {
            boolean winner = tenderer.equals(process.winner());
            BigDecimal value = winner ? awarded
                    : PriceModel.cents(awarded.multiply(BigDecimal.ONE.add(
                            BigDecimal.valueOf(1 + random.nextInt(30)).divide(HUNDRED))));
            String status = winner ? "valid"
                    : process.winner() == null || random.nextInt(5) == 0 ? "disqualified" : "valid";
            bids.add(new PlannedProcess.Bid(id(process, bids.size()), tenderer, date(process, random), status, value));
        }
        return List.copyOf(bids);
    }

    /** Every tenderer bidding exactly the awarded value, all valid: the pattern of a rigged tender. */
    static List<PlannedProcess.Bid> identical(PlannedProcess process, long seed) {
        Random random = new Random(seed * 1_000_003L + process.index());
        List<PlannedProcess.Bid> bids = new ArrayList<>();
        for (PlannedProcess.Party tenderer : process.tenderers()) {
            bids.add(new PlannedProcess.Bid(id(process, bids.size()), tenderer, date(process, random), "valid",
                    process.awardedValue()));
        }
        return List.copyOf(bids);
    }

    private static String id(PlannedProcess process, int position) {
        return process.ocidBody() + "-bid-" + (position + 1);
    }

    /** Within the last three days before the tender closes, never before it opens. */
    private static OffsetDateTime date(PlannedProcess process, Random random) {
        PlannedProcess.Timeline timeline = process.timeline();
        OffsetDateTime date = timeline.tenderEnd().minusMinutes(30 + random.nextInt(72 * 60));
        return date.isAfter(timeline.tenderStart()) ? date : timeline.tenderStart().plusMinutes(1);
    }
}
