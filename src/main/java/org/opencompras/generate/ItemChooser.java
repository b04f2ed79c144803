package org.opencompras.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Chooses what a process buys: a family the method buys (COVID-19 goods mostly from March 2020 to 2022), then one
 * item, or for goods a few items of the same family; and keeps the estimate under the method's value ceiling.
 */
final class ItemChooser {

    private ItemChooser() {
    }

    static List<CatalogItem> choose(Random random, List<CatalogItem> catalog, ProcurementMethod method,
                                    OffsetDateTime publication) {
        String family = family(random, method, publication);
        List<CatalogItem> candidates = catalog.stream()
                .filter(item -> item.family().equals(family) && fits(item, method.valueCeiling)).toList();
        if (candidates.isEmpty()) {
            candidates = catalog.stream().filter(item -> item.family().equals(family)).toList();
        }
        CatalogItem first = candidates.get(random.nextInt(candidates.size()));
        List<CatalogItem> chosen = new ArrayList<>(List.of(first));
        if (first.category().equals("goods")) {
            List<CatalogItem> sameKind = candidates.stream()
                    .filter(item -> item.category().equals("goods") && item != first).toList();
            int extra = Math.min(sameKind.size(), (int) (4 * Math.pow(random.nextDouble(), 3)));
            for (int i = 0; i < extra; i++) {
                CatalogItem next = sameKind.get(random.nextInt(sameKind.size()));
                if (!chosen.contains(next)) {
                    chosen.add(next);
                }
            }
        }
        return chosen;
    }

    /** Whether the least one can buy of the item stays under the ceiling (no ventilators by ínfima cuantía). */
    private static boolean fits(CatalogItem item, BigDecimal ceiling) {
        return ceiling == null
                || item.referencePrice().multiply(BigDecimal.valueOf(item.minQuantity())).compareTo(ceiling) < 0;
    }

    private static String family(Random random, ProcurementMethod method, OffsetDateTime publication) {
        double covidWeight = ProcessCalendar.covidDemand(publication)
                ? (method == ProcurementMethod.EMERGENCIA ? 4.0 : 1.5) : 0.1;
        double total = 0;
        for (String family : method.families) {
            total += family.equals("COVID") ? covidWeight : 1;
        }
        double target = random.nextDouble() * total;
        for (String family : method.families) {
            target -= family.equals("COVID") ? covidWeight : 1;
            if (target < 0) {
                return family;
            }
        }
        return method.families.get(method.families.size() - 1);
    }

    /** Scales quantities (then prices) down until the estimated total fits the ceiling, when there is one. */
    static List<PlannedProcess.Item> underCeiling(List<PlannedProcess.Item> lines, BigDecimal ceiling) {
        if (ceiling == null) {
            return lines;
        }
        BigDecimal total = total(lines);
        if (total.compareTo(ceiling) <= 0) {
            return lines;
        }
        double share = ratio(ceiling, total).doubleValue() * 0.95;
        List<PlannedProcess.Item> scaled = lines.stream().map(line -> new PlannedProcess.Item(line.id(), line.item(),
                Math.max(1, (long) (line.quantity() * share)), line.estimatedUnitPrice(), line.awardedUnitPrice()))
                .toList();
        total = total(scaled);
        if (total.compareTo(ceiling) <= 0) {
            return scaled;
        }
        BigDecimal factor = ratio(ceiling, total).multiply(new BigDecimal("0.95"));
        return scaled.stream().map(line -> new PlannedProcess.Item(line.id(), line.item(), line.quantity(),
                PriceModel.cents(line.estimatedUnitPrice().multiply(factor)),
                PriceModel.cents(line.awardedUnitPrice().multiply(factor)))).toList();
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal total(List<PlannedProcess.Item> lines) {
        return lines.stream().map(i -> i.estimatedUnitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the process is for, in SERCOP's wording: ADQUISICION DE ..., CONTRATACION DEL SERVICIO DE ... */
    static String purpose(List<CatalogItem> chosen) {
        CatalogItem first = chosen.get(0);
        String what = first.description() + (chosen.size() > 1 ? " Y OTROS" : "");
        return switch (first.category()) {
            case "goods" -> "ADQUISICION DE " + what;
            case "services" -> what.startsWith("SERVICIO") ? "CONTRATACION DEL " + what : what;
            default -> what;
        };
    }
}
