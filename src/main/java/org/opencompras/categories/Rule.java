package org.opencompras.categories;

/**
 * One rule of the classifier, at its place in the order rules are tried.
 *
 * @param kind {@code keyword} or {@code cpcPrefix}
 * @param rule the keyword or prefix as configured
 */
public record Rule(int position, String category, String kind, String rule) {

    public static final String KEYWORD = "keyword";
    public static final String CPC_PREFIX = "cpcPrefix";
}
