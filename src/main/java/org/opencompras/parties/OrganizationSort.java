package org.opencompras.parties;

import java.util.List;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.problem.ProblemException;

/** The orders of the supplier and buyer lists; each ends with the identity key, so that every order is total. */
final class OrganizationSort {

    private static final SortKey KEY = SortKey.of("t.identity_key", "text");

    /** The whitelist of the {@code sort} parameter; the first is the default. */
    static final List<SortOrder> SORTS = List.of(
            SortOrder.ascending("name", SortKey.of("t.normalized_name", "text"), KEY),
            SortOrder.descending("-contracts", SortKey.of("t.contracts", "bigint"), KEY),
            SortOrder.descending("-amount", SortKey.of("cv.amount", "numeric"), KEY),
            SortOrder.descending("relevance", SortKey.of("m.score", "real"), KEY));

    private OrganizationSort() {
    }

    /** The sort asked for, checked against the filters it needs. */
    static SortOrder parse(String raw, OrganizationFilter filter) {
        SortOrder order = SortOrder.choose(raw, SORTS);
        if (order.name().equals("-amount") && filter.currency() == null) {
            throw ProblemException.invalidParameter(SortOrder.PARAMETER, "'-amount' needs `currency`: amounts in "
                    + "different currencies are never compared");
        }
        if (order.name().equals("relevance") && filter.name() == null) {
            throw ProblemException.invalidParameter(SortOrder.PARAMETER, "'relevance' needs a `name` to search for");
        }
        return order;
    }
}
