package org.opencompras.categories;

import java.util.List;

/** The category test data, for the tests of other packages. */
public final class CategoriesTestAccess {

    public static final String SOURCE = CategoriesTestData.SOURCE;
    public static final String GENERATED = CategoriesTestData.GENERATED;
    public static final String PREFIX = CategoriesTestData.PREFIX;

    private CategoriesTestAccess() {
    }

    public static void load() {
        CategoriesTestData.load();
    }

    /** Every counted item of a source, as {@code ocid} and category, classified independently of the service. */
    public static List<IndependentClassifier.Item> items(String source) {
        return IndependentClassifier.items(source);
    }
}
