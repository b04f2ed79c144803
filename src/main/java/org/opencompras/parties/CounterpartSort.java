package org.opencompras.parties;

import java.util.Arrays;
import java.util.List;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.problem.ProblemException;

/** The orders of a supplier's buyers or a buyer's suppliers; each ends with the identity key. */
enum CounterpartSort {
    CONTRACTS_DESC(SortOrder.descending("-contracts", SortKey.of("g.contracts", "bigint"),
            SortKey.of("o.identity_key", "text"))),
    NAME(SortOrder.ascending("name", SortKey.of("o.normalized_name", "text"), SortKey.of("o.identity_key", "text"))),
    AMOUNT_DESC(SortOrder.descending("-amount", SortKey.of("g.amount", "numeric"),
            SortKey.of("o.identity_key", "text")));

    static final String DEFAULT = "-contracts";

    private final SortOrder order;

    CounterpartSort(SortOrder order) {
        this.order = order;
    }

    SortOrder order() {
        return order;
    }

    static CounterpartSort parse(String raw, String currency) {
        String name = Params.sort(raw, names(), DEFAULT);
        CounterpartSort sort = Arrays.stream(values()).filter(s -> s.order.name().equals(name)).findFirst().orElseThrow();
        if (sort == AMOUNT_DESC && currency == null) {
            throw ProblemException.invalidParameter("sort", "'-amount' needs `currency`: amounts in different "
                    + "currencies are never compared");
        }
        return sort;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(s -> s.order.name()).toList();
    }
}
