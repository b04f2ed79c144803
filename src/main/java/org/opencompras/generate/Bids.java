package org.opencompras.generate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The bids of a competitive process, one per planned tenderer: the winner's at the awarded value, valid; the
 * others from 1% to 30% higher and all different (identical prices are a red flag only a plant should raise), one
 * in five disqualified. A failed process's bids are all disqualified. Drawn from a random source of the process's
 * own, so that adding bids changes no other draw of the generator.
 */
final class Bids {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Bids() {
    }

    static List<PlannedProcess.Bid> of(PlannedProcess process, long seed) {
        if (!process.competitive() || process.tenderers().isEmpty()) {
            return List.of();
        }
        Random random = new Random(seed * 1_000_003L + process.index());
        BigDecimal awarded = process.awardedValue();
        List<PlannedProcess.Bid> bids = new ArrayList<>();
        Set<BigDecimal> prices = new HashSet<>();
        prices.add(PriceModel.cents(awarded));
        for (PlannedProcess.Party tenderer : process.tenderers()) {
            boolean winner = tenderer.equals(process.winner());
            BigDecimal value = winner ? awarded : higherPrice(awarded, prices, random);
            String status = winner ? "valid"
                    : process.winner() == null || random.nextInt(5) == 0 ? "disqualified" : "valid";
            bids.add(new PlannedProcess.Bid(id(process, bids.size()), tenderer, date(process, random), status, value));
        }
        return List.copyOf(bids);
    }

    /**
     * From 1% to 30% above the awarded value, in steps of 0.01%; a price already bid is raised a cent at a time
     * until it is not.
     */
    private static BigDecimal higherPrice(BigDecimal awarded, Set<BigDecimal> prices, Random random) {
        BigDecimal markup = BigDecimal.valueOf(100 + random.nextInt(2_901)).divide(TEN_THOUSAND);
        BigDecimal price = PriceModel.cents(awarded.multiply(BigDecimal.ONE.add(markup)));
        while (!prices.add(price)) {
            price = price.add(CENT);
        }
        return price;
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
