package org.opencompras.generate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Decides, draw by draw from one seeded random source, what each generated process is: method, buyer, items,
 * prices, bidders, winner, outcome and dates. Memory stays constant whatever the number of processes: only the
 * catalogs and a counter per buyer and year (for process codes) are kept.
 */
final class ProcessPlanner {

    private final Random random;
    private final List<Buyer> buyers;
    private final List<Organization> suppliers;
    private final List<CatalogItem> items;
    private final ZipfSampler buyerSampler;
    private final ZipfSampler supplierSampler;
    private final int[][] codeCounters;

    ProcessPlanner(Random random, List<Buyer> buyers, List<Organization> suppliers, List<CatalogItem> items) {
        this.random = random;
        this.buyers = buyers;
        this.suppliers = suppliers;
        this.items = items;
        this.buyerSampler = new ZipfSampler(buyers.size(), 0.8);
        this.supplierSampler = new ZipfSampler(suppliers.size(), 0.9);
        this.codeCounters = new int[buyers.size()][ProcessCalendar.YEARS];
    }

    PlannedProcess plan(int index) {
        return plan(index, null);
    }

    /**
     * A process bought with {@code method}, of {@code quantity} of one item, signed and lasting {@code days}: what a
     * plant asks for. Draws from the same random source as {@link #plan(int)}, after it.
     */
    PlannedProcess planContract(int index, ProcurementMethod method, CatalogItem item, long quantity, int days) {
        PlannedProcess planned = plan(index, new Forced(method, item, quantity));
        PlannedProcess.Timeline t = planned.timeline();
        var timeline = new PlannedProcess.Timeline(t.tenderStart(), t.tenderEnd(), t.award(), t.contractSigned(),
                t.contractSigned().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plusDays(days));
        return new PlannedProcess(planned.index(), planned.code(), planned.ocid(), planned.buyer(), planned.method(),
                planned.category(), planned.title(), planned.description(), planned.items(), planned.tenderers(),
                planned.winner(), PlannedProcess.Outcome.CONTRACTED, timeline, planned.bids());
    }

    /** What a plant fixes instead of drawing it. */
    private record Forced(ProcurementMethod method, CatalogItem item, long quantity) {
    }

    private PlannedProcess plan(int index, Forced forced) {
        ProcurementMethod method = forced == null ? pickMethod() : forced.method();
        int buyerIndex = buyerSampler.sample(random);
        Buyer buyer = buyers.get(buyerIndex);
        OffsetDateTime publication = ProcessCalendar.publication(random, method);
        List<CatalogItem> chosen = forced == null ? ItemChooser.choose(random, items, method, publication)
                : List.of(forced.item());
        String category = chosen.get(0).category();
        boolean competitive = method.maxTenderers > 1;
        boolean emergencyCovid = method == ProcurementMethod.EMERGENCIA && ProcessCalendar.covidEmergency(publication);
        List<PlannedProcess.Item> lines = new ArrayList<>();
        for (CatalogItem item : chosen) {
            BigDecimal awarded = PriceModel.awardedUnitPrice(random, item, buyer, emergencyCovid);
            BigDecimal estimated = PriceModel.estimatedUnitPrice(random, awarded, competitive);
            String id = (4_000_000L + index * 8L + lines.size()) + "-" + method.codePrefix;
            long quantity = forced == null ? quantity(item) : forced.quantity();
            lines.add(new PlannedProcess.Item(id, item, quantity, estimated, awarded));
        }
        lines = ItemChooser.underCeiling(lines, method.valueCeiling);

        int year = publication.getYear() - ProcessCalendar.FIRST_YEAR;
        int number = ++codeCounters[buyerIndex][year];
        String code = String.format("%s-%s-%d-%03d", method.codePrefix, buyer.acronym(), publication.getYear(), number);
        String ocid = SampleGenerator.OCID_PREFIX + "-" + code + "-" + buyer.organization().internalId();

        PlannedProcess.Outcome outcome = forced == null ? outcome(competitive) : PlannedProcess.Outcome.CONTRACTED;
        List<PlannedProcess.Party> tenderers = tenderers(method, outcome);
        PlannedProcess.Party winner = outcome == PlannedProcess.Outcome.UNSUCCESSFUL ? null : tenderers.get(0);
        String title = ItemChooser.purpose(chosen);
        String description = title + " PARA " + buyer.organization().name().replace("\"", "") + " "
                + publication.getYear();
        return new PlannedProcess(index, code, ocid, buyer, method, category, title, description, lines,
                tenderers, winner, outcome, ProcessCalendar.timeline(random, method, category, publication), List.of());
    }

    private ProcurementMethod pickMethod() {
        double total = 0;
        for (ProcurementMethod method : ProcurementMethod.values()) {
            total += method.weight;
        }
        double target = random.nextDouble() * total;
        for (ProcurementMethod method : ProcurementMethod.values()) {
            target -= method.weight;
            if (target < 0) {
                return method;
            }
        }
        return ProcurementMethod.SUBASTA_INVERSA;
    }

    /** Log-uniform between the item's usual minimum and maximum quantities. */
    private long quantity(CatalogItem item) {
        double low = Math.log(item.minQuantity());
        double high = Math.log(item.maxQuantity() + 1.0);
        return Math.max(item.minQuantity(), Math.min(item.maxQuantity(),
                (long) Math.exp(low + (high - low) * random.nextDouble())));
    }

    private PlannedProcess.Outcome outcome(boolean competitive) {
        double draw = random.nextDouble();
        if (draw < (competitive ? 0.07 : 0.01)) {
            return PlannedProcess.Outcome.UNSUCCESSFUL;
        }
        return draw < 0.11 ? PlannedProcess.Outcome.AWARDED : PlannedProcess.Outcome.CONTRACTED;
    }

    /** Distinct bidders, the winner first; few bidders are more common than many. */
    private List<PlannedProcess.Party> tenderers(ProcurementMethod method, PlannedProcess.Outcome outcome) {
        double skew = random.nextDouble() * random.nextDouble();
        int count = method.minTenderers + (int) ((method.maxTenderers - method.minTenderers + 1) * skew);
        if (outcome == PlannedProcess.Outcome.UNSUCCESSFUL) {
            count = random.nextInt(count + 1);
        }
        Set<Organization> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(suppliers.get(supplierSampler.sample(random)));
        }
        return chosen.stream().map(this::asNamed).toList();
    }

    /** The registered name most of the time, else one of the variants the supplier is published with. */
    private PlannedProcess.Party asNamed(Organization supplier) {
        List<String> variants = supplier.nameVariants();
        if (variants.isEmpty() || random.nextDouble() < 0.75) {
            return new PlannedProcess.Party(supplier, supplier.name());
        }
        return new PlannedProcess.Party(supplier, variants.get(random.nextInt(variants.size())));
    }
}
