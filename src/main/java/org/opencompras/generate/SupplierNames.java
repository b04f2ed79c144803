package org.opencompras.generate;

import java.util.List;
import java.util.Random;

/** Invents plausible Ecuadorian supplier names: companies like {@code MAXINSUMO S.A.} and persons by surname. */
final class SupplierNames {

    private static final List<String> STEMS = List.of("MAX", "FRAN", "ANDI", "MEDI", "ECUA", "QUI", "PRO", "NOVA",
            "TEC", "VITA", "FAR", "SAN", "GEN", "BIO", "AGRO", "CONS", "INDU", "LAT", "AMAZ", "PACI", "CORDI", "ALFA",
            "DELTA", "OMNI", "TRI", "SOL", "MAR", "COSTA", "SIERRA", "ORO", "PLAT", "INTER", "MULTI", "HIDRO", "ELEC",
            "QUIM", "TERRA", "AUSTRO", "NOR", "GALA");
    private static final List<String> ENDINGS = List.of("INSUMO", "ORIA", "MED", "SUR", "NORTE", "TEX", "PHARMA",
            "LAB", "COM", "TRONIC", "VIAL", "CORP", "SALUD", "FARMA", "TEC", "SERV", "GROUP", "ANDINA", "NET",
            "MAQ", "CONSTRU", "PLAST", "QUIMICA", "LIMP");
    private static final List<String> TRADES = List.of("", "", "", "", "DISTRIBUIDORA ", "IMPORTADORA ",
            "CONSTRUCTORA ", "LABORATORIOS ", "COMERCIALIZADORA ", "SERVICIOS ", "CORPORACION ", "GRUPO ",
            "INDUSTRIAS ");
    private static final List<String> LEGAL_FORMS = List.of("S.A.", "S.A.", "S.A.", "CIA. LTDA.", "CIA. LTDA.",
            "S.A.S.", "S.A.S.", "C.A.");
    private static final List<String> SURNAMES = List.of("ZAMBRANO", "MENDOZA", "VERA", "CEDEÑO", "RODRIGUEZ",
            "GARCIA", "LOPEZ", "MOREIRA", "SANCHEZ", "TORRES", "VASQUEZ", "PEREZ", "INTRIAGO", "CASTRO", "GUERRERO",
            "REYES", "CHAVEZ", "ORTIZ", "JIMENEZ", "RUIZ", "SALAZAR", "ALVARADO", "ESPINOZA", "PAREDES",
            "VILLACIS", "CEVALLOS", "QUISHPE", "TOAPANTA", "GUAMAN", "CHIMBO", "MOLINA", "AGUIRRE", "BRAVO", "MACIAS",
            "PONCE", "ARIAS", "LEON", "ANDRADE", "NARANJO");
    private static final List<String> GIVEN_NAMES = List.of("JUAN", "CARLOS", "JOSE", "LUIS", "MARIA", "ANA",
            "JORGE", "DIEGO", "ANDREA", "GABRIELA", "FERNANDO", "PATRICIO", "VERONICA", "DANIELA", "EDISON", "WILSON",
            "ROSA", "CARMEN", "MIGUEL", "ANGEL", "SEGUNDO", "MANUEL", "FRANCISCO", "PAOLA", "XAVIER", "MAURICIO",
            "JESSICA", "LORENA", "BYRON", "HUGO", "SANDRA", "ELIZABETH");

    private SupplierNames() {
    }

    static String company(Random random) {
        String core = pick(random, STEMS) + pick(random, ENDINGS);
        return pick(random, TRADES) + core + " " + pick(random, LEGAL_FORMS);
    }

    /** A natural person as SERCOP lists them: surnames first, then given names. */
    static String person(Random random) {
        return pick(random, SURNAMES) + " " + pick(random, SURNAMES) + " " + pick(random, GIVEN_NAMES) + " "
                + pick(random, GIVEN_NAMES);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
