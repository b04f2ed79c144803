package org.opencompras.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencompras.organization.Ruc;

/**
 * About 2,000 Ecuadorian public entities with valid public-sector RUCs: national entities, hospitals and
 * universities first (the most active), then for every canton its municipality (GAD), water company, fire
 * brigade, health and education districts and rural parishes.
 */
final class BuyerCatalog {

    static final int SIZE = 2_000;

    private static final List<String> CANTON_ENTITIES = List.of(
            "GOBIERNO AUTONOMO DESCENTRALIZADO MUNICIPAL DEL CANTON %s",
            "EMPRESA PUBLICA MUNICIPAL DE AGUA POTABLE Y ALCANTARILLADO DE %s",
            "CUERPO DE BOMBEROS DEL CANTON %s",
            "HOSPITAL BASICO %s",
            "REGISTRO DE LA PROPIEDAD Y MERCANTIL DEL CANTON %s",
            "CONSEJO CANTONAL DE PROTECCION DE DERECHOS DE %s",
            "DIRECCION DISTRITAL %2$02dD%3$02d %1$s - SALUD",
            "DIRECCION DISTRITAL %2$02dD%3$02d %1$s - EDUCACION");

    private static final List<String> PROVINCE_ENTITIES = List.of(
            "GOBIERNO AUTONOMO DESCENTRALIZADO PROVINCIAL DE %s",
            "HOSPITAL GENERAL PROVINCIAL DE %s",
            "COORDINACION ZONAL DE SALUD DE %s");

    private static final List<String> PARISHES = List.of("SAN JOSE", "SAN ANTONIO", "SANTA ANA", "EL ROSARIO",
            "LA VICTORIA", "SAN PEDRO", "SAN JUAN", "SAN ISIDRO", "SAN FRANCISCO", "LA PAZ", "EL CARMEN", "SAN LUIS",
            "GUADALUPE", "SAN CARLOS", "SAN VICENTE", "LA ESPERANZA", "SAN PABLO", "SANTA ROSA", "EL PROGRESO",
            "SAN MIGUEL", "LA UNION", "SAN RAFAEL", "SAN SEBASTIAN", "SANTA MARTHA");

    private static final Set<String> ACRONYM_STOPWORDS = Set.of("DE", "DEL", "LA", "LAS", "LOS", "EL", "Y", "EN", "-");

    private BuyerCatalog() {
    }

    /** The buyers, most active first. */
    static List<Buyer> create(Random random, List<Canton> cantons) {
        List<String[]> names = names(cantons);
        List<Buyer> buyers = new ArrayList<>(names.size());
        int sequence = random.nextInt(500);
        int internalId = 1_000 + random.nextInt(1_000);
        Map<String, Canton> byName = cantons.stream()
                .collect(Collectors.toMap(c -> c.provinceCode() + ";" + c.name(), Function.identity()));
        for (String[] entry : names) {
            Canton canton = byName.get(entry[1]);
            String ruc;
            do {
                sequence += 1 + random.nextInt(40);
                ruc = Ruc.publicEntity(canton.provinceCode(), sequence).orElse(null);
            } while (ruc == null);
            internalId += 1 + random.nextInt(150);
            Organization organization = new Organization(ruc, internalId, entry[0], List.of(), canton);
            double priceFactor = Math.exp(0.15 * random.nextGaussian());
            buyers.add(new Buyer(organization, acronym(entry[0]), priceFactor));
        }
        return List.copyOf(buyers);
    }

    /** Pairs of (name, "province code;canton"), most active kinds first, cut at {@link #SIZE}. */
    private static List<String[]> names(List<Canton> cantons) {
        List<String[]> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String[] row : ReferenceData.rows("national-buyers.csv")) {
            add(names, seen, row[0], Integer.parseInt(row[1]) + ";" + row[2]);
        }
        for (Canton canton : cantons) {
            String place = canton.provinceCode() + ";" + canton.name();
            if (canton.isCapital()) {
                for (String template : PROVINCE_ENTITIES) {
                    add(names, seen, String.format(template, canton.province()), place);
                }
            }
        }
        for (String template : CANTON_ENTITIES) {
            for (Canton canton : cantons) {
                String name = String.format(template, canton.name(), canton.provinceCode(), canton.number());
                add(names, seen, name, canton.provinceCode() + ";" + canton.name());
            }
        }
        for (int round = 0; names.size() < SIZE && round < PARISHES.size(); round++) {
            for (int i = 0; i < cantons.size() && names.size() < SIZE; i++) {
                Canton canton = cantons.get(i);
                String parish = PARISHES.get((i * 7 + round) % PARISHES.size());
                add(names, seen, "GOBIERNO AUTONOMO DESCENTRALIZADO PARROQUIAL RURAL " + parish + " DE "
                        + canton.name(), canton.provinceCode() + ";" + canton.name());
            }
        }
        return names.size() > SIZE ? names.subList(0, SIZE) : names;
    }

    private static void add(List<String[]> names, Set<String> seen, String name, String place) {
        if (seen.add(name)) {
            names.add(new String[] {name, place});
        }
    }

    /** The initials of the significant words, as in SERCOP codes: HOSPITAL OBSTETRICO "ANGELA LOAYZA..." → HOALO. */
    static String acronym(String name) {
        StringBuilder acronym = new StringBuilder();
        for (String word : name.replaceAll("[^A-ZÑ0-9 -]", " ").split(" +")) {
            if (!word.isEmpty() && !ACRONYM_STOPWORDS.contains(word) && acronym.length() < 8) {
                acronym.append(word.charAt(0) == 'Ñ' ? 'N' : word.charAt(0));
            }
        }
        return acronym.toString();
    }
}
