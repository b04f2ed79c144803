package org.opencompras.organization;

/** Reduces an organization's name to a form in which typo'd spellings of one name meet. */
public final class NameNormalizer {

    private NameNormalizer() {
    }

    /** The normalized form of a name: upper case, no accents, punctuation or legal-form suffixes, single spaces. */
    public static String normalize(String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
