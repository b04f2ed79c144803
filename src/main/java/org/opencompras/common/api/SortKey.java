package org.opencompras.common.api;

/**
 * One column of a keyset order.
 *
 * @param expression the SQL expression sorted on
 * @param type       its SQL type, to read a cursor's text value back ({@code timestamptz}, {@code numeric}, {@code text}...)
 * @param nullable   whether it can be null; only the first key of an order may be
 */
public record SortKey(String expression, String type, boolean nullable) {

    public static SortKey of(String expression, String type) {
        return new SortKey(expression, type, false);
    }

    public static SortKey nullable(String expression, String type) {
        return new SortKey(expression, type, true);
    }
}
