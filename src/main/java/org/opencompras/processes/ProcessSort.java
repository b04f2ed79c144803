package org.opencompras.processes;

import java.util.Arrays;
import java.util.List;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.filter.ProcurementFilter;

/** The orders the process list can be sorted in; each ends with the ocid, so that every order is total. */
enum ProcessSort {
    DATE_PUBLISHED_DESC(SortOrder.descending("-datePublished", SortKey.of("p.first_release_date", "timestamptz"),
            SortKey.of("p.ocid", "text"))),
    DATE_PUBLISHED(SortOrder.ascending("datePublished", SortKey.of("p.first_release_date", "timestamptz"),
            SortKey.of("p.ocid", "text"))),
    AMOUNT_DESC(SortOrder.descending("-amount", SortKey.nullable("p.tender_value_amount", "numeric"),
            SortKey.of("p.ocid", "text"))),
    AMOUNT(SortOrder.ascending("amount", SortKey.nullable("p.tender_value_amount", "numeric"),
            SortKey.of("p.ocid", "text"))),
    RELEVANCE(SortOrder.descending("relevance", SortKey.of("ts_rank(p.search, tsq)", "real"),
            SortKey.of("p.ocid", "text")));

    static final String DEFAULT = "-datePublished";

    private final SortOrder order;

    ProcessSort(SortOrder order) {
        this.order = order;
    }

    SortOrder order() {
        return order;
    }

    /** The sort asked for, checked against the filters it needs. */
    static ProcessSort parse(String raw, ProcurementFilter filter) {
        String name = Params.sort(raw, names(), DEFAULT);
        ProcessSort sort = Arrays.stream(values()).filter(s -> s.order.name().equals(name)).findFirst().orElseThrow();
        if ((sort == AMOUNT || sort == AMOUNT_DESC) && filter.currency() == null) {
            throw ProblemException.invalidParameter("sort", "'" + name + "' needs `currency`: tender values in "
                    + "different currencies are never compared");
        }
        if (sort == RELEVANCE && filter.q() == null) {
            throw ProblemException.invalidParameter("sort", "'relevance' needs a search text in `q`");
        }
        return sort;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(s -> s.order.name()).toList();
    }
}
