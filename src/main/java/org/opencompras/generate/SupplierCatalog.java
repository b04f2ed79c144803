package org.opencompras.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.opencompras.organization.NameNormalizer;
import org.opencompras.organization.Ruc;

/**
 * The supplier pool: mostly private companies (RUC third digit 9) and natural persons (RUC = cédula + 001), all
 * with valid check digits, ranked so that {@link ZipfSampler} makes the first ones win very many contracts. About
 * a third publish their name with variants; the big suppliers are companies, as in real data.
 */
final class SupplierCatalog {

    static final int SIZE = 10_000;

    /** Share of suppliers registered in Pichincha (17) and Guayas (09); the rest spread over all provinces. */
    private static final double BIG_PROVINCES_SHARE = 0.6;

    private SupplierCatalog() {
    }

    static List<Organization> create(Random random, List<Canton> cantons) {
        List<Organization> suppliers = new ArrayList<>(SIZE);
        Set<String> normalizedNames = new HashSet<>();
        int companySequence = random.nextInt(1_000);
        int personSequence = random.nextInt(100_000);
        int internalId = 100_000 + random.nextInt(10_000);
        while (suppliers.size() < SIZE) {
            boolean company = suppliers.size() < 100 || random.nextDouble() < 0.6;
            String name = company ? SupplierNames.company(random) : SupplierNames.person(random);
            if (!normalizedNames.add(NameNormalizer.normalize(name))) {
                continue;
            }
            Canton canton = canton(random, cantons);
            String ruc;
            if (company) {
                do {
                    companySequence += 1 + random.nextInt(90);
                    ruc = Ruc.privateCompany(canton.provinceCode(), companySequence).orElse(null);
                } while (ruc == null);
            } else {
                personSequence += 1 + random.nextInt(500);
                ruc = Ruc.naturalPerson(canton.provinceCode(), personSequence);
            }
            internalId += 1 + random.nextInt(80);
            List<String> variants = random.nextDouble() < 0.35
                    ? NameVariants.of(name, 1 + random.nextInt(3), random) : List.of();
            suppliers.add(new Organization(ruc, internalId, name, variants, canton));
        }
        return List.copyOf(suppliers);
    }

    private static Canton canton(Random random, List<Canton> cantons) {
        if (random.nextDouble() < BIG_PROVINCES_SHARE) {
            int province = random.nextBoolean() ? 17 : 9;
            return cantons.stream().filter(c -> c.provinceCode() == province && c.isCapital()).findFirst()
                    .orElseThrow();
        }
        return cantons.get(random.nextInt(cantons.size()));
    }
}
