package org.opencompras.organization;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reduces an organization's name to a form in which typo'd spellings of one name meet. */
public final class NameNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Legal forms of Ecuador and Latin America as they look once punctuation became spaces ("S.A." is "S A").
     * Longest first, so that "CIA LTDA" goes before "LTDA" is tried alone.
     */
    private static final List<List<String>> LEGAL_SUFFIXES = tokenLists(
            "S A", "SA", "S A S", "SAS", "S A C", "SAC", "S A A", "S A E", "S A B", "S A DE C V", "SA DE CV",
            "S A B DE C V", "S DE R L", "S DE RL", "S DE R L DE C V", "S R L", "SRL", "S C", "SC", "S EN C",
            "E P", "EP", "C A", "CA", "CIA", "CIA LTDA", "CIA LTD", "C LTDA", "CLTDA", "CIA LIMITADA", "Y CIA",
            "Y CIA LTDA", "LTDA", "LTD", "LIMITADA", "COMPANIA LIMITADA", "SOCIEDAD ANONIMA", "E I R L", "EIRL",
            "E U", "B I C");

    /** Legal forms written before the name, e.g. "EP PETROECUADOR". */
    private static final List<List<String>> LEGAL_PREFIXES = tokenLists("EP", "E P");

    private NameNormalizer() {
    }

    /** The normalized form of a name: upper case, no accents, punctuation or legal-form suffixes, single spaces. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFD);
        text = MARKS.matcher(text).replaceAll("");
        text = text.toUpperCase(Locale.ROOT).replace("&", " Y ");
        text = NOT_WORD.matcher(text).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return text;
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(text.split(" ")));
        while (dropSuffix(tokens)) {
            // drop stacked forms such as "CIA S A"
        }
        if (tokens.isEmpty()) {
            // the name is nothing but a legal form: keep it rather than lose the name
            return text;
        }
        dropPrefix(tokens);
        return String.join(" ", tokens);
    }

    /** Drops the longest legal-form suffix at the end of the name, if any. */
    private static boolean dropSuffix(List<String> tokens) {
        for (List<String> suffix : LEGAL_SUFFIXES) {
            int start = tokens.size() - suffix.size();
            if (start >= 0 && tokens.subList(start, tokens.size()).equals(suffix)) {
                tokens.subList(start, tokens.size()).clear();
                return true;
            }
        }
        return false;
    }

    private static void dropPrefix(List<String> tokens) {
        for (List<String> prefix : LEGAL_PREFIXES) {
            if (tokens.size() > prefix.size() && tokens.subList(0, prefix.size()).equals(prefix)) {
                tokens.subList(0, prefix.size()).clear();
                return;
            }
        }
    }

    private static List<List<String>> tokenLists(String... forms) {
        return Arrays.stream(forms)
                .map(form -> List.of(form.split(" ")))
                .sorted(Comparator.comparingInt((List<String> tokens) -> tokens.size()).reversed())
                .toList();
    }
}
