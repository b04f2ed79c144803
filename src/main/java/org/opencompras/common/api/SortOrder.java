package org.opencompras.common.api;

import java.util.List;
import java.util.stream.Collectors;
import org.opencompras.common.problem.ProblemException;

/**
 * An order a list can be sorted in: a name from the documented whitelist ({@code -dateSigned}), its direction
 * and its keys. The last keys must identify a row (a unique tiebreaker), so that every order is total and a
 * cursor marks one exact place. All keys go the same way, so that one index serves a page; rows whose first
 * key is null come after all others.
 */
public record SortOrder(String name, boolean descending, List<SortKey> keys) {

    public static final String PARAMETER = "sort";

    public SortOrder {
        if (keys.stream().skip(1).anyMatch(SortKey::nullable)) {
            throw new IllegalArgumentException("Only the first key of an order may be null: " + name);
        }
    }

    public static SortOrder ascending(String name, SortKey... keys) {
        return new SortOrder(name, false, List.of(keys));
    }

    public static SortOrder descending(String name, SortKey... keys) {
        return new SortOrder(name, true, List.of(keys));
    }

    /**
     * The order a {@code sort} parameter names, from a list's whitelist; the first one is the default. Anything
     * else is a 400 naming {@code sort} and listing the allowed values.
     */
    public static SortOrder choose(String raw, List<SortOrder> allowed) {
        if (raw == null || raw.isEmpty()) {
            return allowed.get(0);
        }
        return allowed.stream().filter(order -> order.name().equals(raw)).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter(PARAMETER, "one of "
                        + allowed.stream().map(SortOrder::name).collect(Collectors.joining(", "))
                        + " (got '" + Params.shown(raw) + "')"));
    }

    boolean firstKeyNullable() {
        return keys.get(0).nullable();
    }
}
