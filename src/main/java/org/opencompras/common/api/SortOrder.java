package org.opencompras.common.api;

import java.util.List;

/**
 * An order a list can be sorted in: a name from the documented whitelist ({@code -dateSigned}), its direction
 * and its keys. The last keys must identify a row (a unique tiebreaker), so that every order is total and a
 * cursor marks one exact place. All keys go the same way, so that one index serves a page; rows whose first
 * key is null come after all others.
 */
public record SortOrder(String name, boolean descending, List<SortKey> keys) {

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

    boolean firstKeyNullable() {
        return keys.get(0).nullable();
    }
}
