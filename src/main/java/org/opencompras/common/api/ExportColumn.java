package org.opencompras.common.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencompras.common.json.Timestamps;

/**
 * A column of a CSV export: its header, named after the JSON field it flattens ({@code value.amount}), and how
 * to read it from a list item.
 */
public record ExportColumn<T>(String name, Function<T, Object> value) {

    /** Separates the values of a column that holds several (the ids and names of several suppliers). */
    public static final String LIST_SEPARATOR = "; ";

    public static <T> ExportColumn<T> of(String name, Function<T, Object> value) {
        return new ExportColumn<>(name, value);
    }

    /** The text of this column for an item: amounts exact, instants in RFC 3339, lists joined by "; ". */
    public String text(T item) {
        return format(value.apply(item));
    }

    static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof OffsetDateTime time) {
            return Timestamps.rfc3339(time);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(ExportColumn::format).map(String::valueOf)
                    .collect(Collectors.joining(LIST_SEPARATOR));
        }
        return value.toString();
    }
}
