package org.opencompras.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Misspellings of a supplier's name such as publishers really produce for one RUC: {@code MAX INSUMO S.A.},
 * {@code MAXINSUMO SA}, {@code Maxinsumo S.A}, a letter missing.
 */
final class NameVariants {

    private static final List<String> SA_SPELLINGS = List.of("SA", "S.A", "S. A.", "S.A");
    private static final List<String> LTDA_SPELLINGS = List.of("CIA LTDA", "CÍA. LTDA.", "C. LTDA.", "CIA. LTDA");

    private NameVariants() {
    }

    static List<String> of(String name, int count, Random random) {
        Set<String> variants = new LinkedHashSet<>();
        for (int attempt = 0; attempt < count * 4 && variants.size() < count; attempt++) {
            String variant = switch (random.nextInt(4)) {
                case 0 -> respellLegalForm(name, random);
                case 1 -> titleCase(name);
                case 2 -> splitCoreWord(name);
                default -> dropLetter(name, random);
            };
            if (!variant.equals(name)) {
                variants.add(variant);
            }
        }
        return List.copyOf(new ArrayList<>(variants));
    }

    private static String respellLegalForm(String name, Random random) {
        if (name.endsWith(" S.A.")) {
            return name.substring(0, name.length() - 4) + SA_SPELLINGS.get(random.nextInt(SA_SPELLINGS.size()));
        }
        if (name.endsWith(" CIA. LTDA.")) {
            return name.substring(0, name.length() - 10) + LTDA_SPELLINGS.get(random.nextInt(LTDA_SPELLINGS.size()));
        }
        return name.replace(".", "");
    }

    private static String titleCase(String name) {
        StringBuilder result = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            boolean legalForm = word.contains(".");
            result.append(legalForm || word.length() < 2 ? word
                    : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return result.toString();
    }

    private static String splitCoreWord(String name) {
        String core = coreWord(name);
        if (core.length() < 6) {
            return name;
        }
        int middle = core.length() / 2;
        return name.replaceFirst(core, core.substring(0, middle) + " " + core.substring(middle));
    }

    private static String dropLetter(String name, Random random) {
        String core = coreWord(name);
        if (core.length() < 5) {
            return name;
        }
        int position = 1 + random.nextInt(core.length() - 2);
        return name.replaceFirst(core, core.substring(0, position) + core.substring(position + 1));
    }

    /** The word typos hit: the last plain word (for companies the invented core, before the legal form). */
    private static String coreWord(String name) {
        String core = "";
        for (String word : name.split(" ")) {
            if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
                core = word;
            }
        }
        return core;
    }
}
