package org.opencompras.parties;

import java.util.Arrays;
import java.util.List;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.problem.ProblemException;

/** The orders of the supplier and buyer lists; each ends with the identity key, so that every order is total. */
enum OrganizationSort {
    NAME(SortOrder.ascending("name", SortKey.of("t.normalized_name", "text"), SortKey.of("t.identity_key", "text"))),
    CONTRACTS_DESC(SortOrder.descending("-contracts", SortKey.of("t.contracts", "bigint"),
            SortKey.of("t.identity_key", "text"))),
    AMOUNT_DESC(SortOrder.descending("-amount", SortKey.of("cv.amount", "numeric"),
            SortKey.of("t.identity_key", "text"))),
    RELEVANCE(SortOrder.descending("relevance", SortKey.of("m.score", "real"), SortKey.of("t.identity_key", "text")));

    static final String DEFAULT = "name";

    private final SortOrder order;

    OrganizationSort(SortOrder order) {
        this.order = order;
    }

    SortOrder order() {
        return order;
    }

    static OrganizationSort parse(String raw, OrganizationFilter filter) {
        String name = Params.sort(raw, names(), DEFAULT);
        OrganizationSort sort = Arrays.stream(values()).filter(s -> s.order.name().equals(name)).findFirst().orElseThrow();
        if (sort == AMOUNT_DESC && filter.currency() == null) {
            throw ProblemException.invalidParameter("sort", "'-amount' needs `currency`: amounts in different "
                    + "currencies are never compared");
        }
        if (sort == RELEVANCE && filter.name() == null) {
            throw ProblemException.invalidParameter("sort", "'relevance' needs a `name` to search for");
        }
        return sort;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(s -> s.order.name()).toList();
    }
}
