package org.opencompras.parties;

import java.util.List;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.problem.ProblemException;

/** The orders of a supplier's buyers or a buyer's suppliers; each ends with the identity key. */
final class CounterpartSort {

    private static final SortKey KEY = SortKey.of("o.identity_key", "text");

    /** The whitelist of the {@code sort} parameter; the first is the default. */
    static final List<SortOrder> SORTS = List.of(
            SortOrder.descending("-contracts", SortKey.of("g.contracts", "bigint"), KEY),
            SortOrder.ascending("name", SortKey.of("o.normalized_name", "text"), KEY),
            SortOrder.descending("-amount", SortKey.of("g.amount", "numeric"), KEY));

    private CounterpartSort() {
    }

    static SortOrder parse(String raw, String currency) {
        SortOrder order = SortOrder.choose(raw, SORTS);
        if (order.name().equals("-amount") && currency == null) {
            throw ProblemException.invalidParameter(SortOrder.PARAMETER, "'-amount' needs `currency`: amounts in "
                    + "different currencies are never compared");
        }
        return order;
    }
}
