package org.opencompras.organization;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces an organization's name to a form in which typo'd spellings of one name meet.
 *
 * <p>TEMPORARY stand-in implementation so that dependent code can be tested; the real one
 * (legal-form suffixes and all) replaces it.
 */
public final class NameNormalizer {

    private NameNormalizer() {
    }

    /** The normalized form of a name: upper case, no accents, punctuation or legal-form suffixes, single spaces. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").trim();
    }
}
