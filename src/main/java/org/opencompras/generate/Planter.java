package org.opencompras.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@link Plants} into the stream of planned processes and notes what it put where. The long emergency
 * contract is the process at a third of the run, the over-priced purchase the first eligible one from half of it,
 * the identical bids the first eligible process from two thirds; the dominant supplier takes, in order, every
 * contract of the busiest buyer that keeps its share at or below the asked one rounded up.
 */
final class Planter {

    static final String PARKS_CPC = "859700011";
    static final int LONG_EMERGENCY_DAYS = 730;
    private static final int LONG_EMERGENCY_MONTHS = 24;

    private final Plants plants;
    private final int processes;
    private final long seed;
    private final Buyer busiestBuyer;
    private final Organization dominant;
    private final CatalogItem parks;

    private long buyerContracts;
    private long dominantContracts;
    private PlantedFacts.OverPricedPurchase overPriced;
    private PlantedFacts.LongEmergency longEmergency;
    private PlantedFacts.IdenticalBids identicalBids;

    Planter(Plants plants, int processes, long seed, List<Buyer> buyers, List<Organization> suppliers,
            List<CatalogItem> items) {
        this.plants = plants;
        this.processes = processes;
        this.seed = seed;
        this.busiestBuyer = buyers.get(0);
        // A supplier from the middle of the catalog: one that rarely wins on its own.
        this.dominant = suppliers.get(suppliers.size() / 2);
        this.parks = items.stream().filter(item -> item.cpc().equals(PARKS_CPC)).findFirst().orElseThrow();
    }

    /** The process of this index, planned as usual or as a plant asks, with the plants that fall on it. */
    PlannedProcess next(ProcessPlanner planner, int index) {
        PlannedProcess process;
        if (plants.longEmergency() && index == processes / 3) {
            process = planner.planContract(index, ProcurementMethod.EMERGENCIA, parks, LONG_EMERGENCY_MONTHS,
                    LONG_EMERGENCY_DAYS);
            PlannedProcess.Timeline timeline = process.timeline();
            longEmergency = new PlantedFacts.LongEmergency(process.ocid(), parks.cpc(), parks.description(),
                    LONG_EMERGENCY_DAYS, timeline.contractSigned().truncatedTo(ChronoUnit.DAYS), timeline.contractEnd());
        } else {
            process = planner.plan(index);
        }
        process = overPrice(process);
        process = dominate(process);
        return withBids(process);
    }

    private PlannedProcess overPrice(PlannedProcess process) {
        BigDecimal factor = plants.overPricedFactor();
        if (factor == null || overPriced != null || process.index() < processes / 2
                || process.outcome() != PlannedProcess.Outcome.CONTRACTED || process.method().valueCeiling != null
                || process.method() == ProcurementMethod.EMERGENCIA) {
            return process;
        }
        List<PlannedProcess.Item> items = new ArrayList<>(process.items());
        PlannedProcess.Item first = items.get(0);
        BigDecimal price = PriceModel.cents(first.item().referencePrice().multiply(factor));
        items.set(0, new PlannedProcess.Item(first.id(), first.item(), first.quantity(), price, price));
        overPriced = new PlantedFacts.OverPricedPurchase(process.ocid(), first.item().cpc(),
                first.item().description(), first.item().referencePrice(), factor, price, first.quantity());
        return process.withItems(List.copyOf(items));
    }

    private PlannedProcess dominate(PlannedProcess process) {
        BigDecimal share = plants.dominantSupplierShare();
        if (share == null || !process.buyer().equals(busiestBuyer)
                || process.outcome() != PlannedProcess.Outcome.CONTRACTED) {
            return process;
        }
        long target = share.multiply(BigDecimal.valueOf(buyerContracts + 1)).setScale(0, RoundingMode.CEILING)
                .longValueExact();
        if (dominantContracts < target) {
            process = process.wonBy(new PlannedProcess.Party(dominant, dominant.name()));
        }
        buyerContracts++;
        if (process.winner().organization().equals(dominant)) {
            dominantContracts++;
        }
        return process;
    }

    private PlannedProcess withBids(PlannedProcess process) {
        if (plants.identicalBids() && identicalBids == null && process.index() >= processes * 2 / 3
                && process.competitive() && process.tenderers().size() >= 2 && process.winner() != null) {
            identicalBids = new PlantedFacts.IdenticalBids(process.ocid(), process.tenderers().size(),
                    process.awardedValue());
            return process.withBids(Bids.identical(process, seed));
        }
        return process.withBids(Bids.of(process, seed));
    }

    PlantedFacts facts() {
        PlantedFacts.DominantSupplier dominantSupplier = plants.dominantSupplierShare() == null ? null
                : new PlantedFacts.DominantSupplier(busiestBuyer.organization().ruc(), busiestBuyer.organization().name(),
                        dominant.ruc(), dominant.name(), buyerContracts, dominantContracts,
                        buyerContracts == 0 ? BigDecimal.ZERO.setScale(6) : BigDecimal.valueOf(dominantContracts)
                                .divide(BigDecimal.valueOf(buyerContracts), 6, RoundingMode.HALF_EVEN));
        return new PlantedFacts(dominantSupplier, overPriced, longEmergency, identicalBids);
    }
}
