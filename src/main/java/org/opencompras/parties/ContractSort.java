package org.opencompras.parties;

import java.util.Arrays;
import java.util.List;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.filter.ProcurementFilter;

/** The orders of a supplier's or buyer's contracts; each ends with the contract's key. */
enum ContractSort {
    DATE_SIGNED_DESC(SortOrder.descending("-dateSigned", SortKey.nullable("c.date_signed", "timestamptz"),
            SortKey.of("c.ocid", "text"), SortKey.of("c.contract_id", "text"))),
    DATE_SIGNED(SortOrder.ascending("dateSigned", SortKey.nullable("c.date_signed", "timestamptz"),
            SortKey.of("c.ocid", "text"), SortKey.of("c.contract_id", "text"))),
    AMOUNT_DESC(SortOrder.descending("-amount", SortKey.nullable("c.value_amount", "numeric"),
            SortKey.of("c.ocid", "text"), SortKey.of("c.contract_id", "text"))),
    AMOUNT(SortOrder.ascending("amount", SortKey.nullable("c.value_amount", "numeric"),
            SortKey.of("c.ocid", "text"), SortKey.of("c.contract_id", "text")));

    static final String DEFAULT = "-dateSigned";

    private final SortOrder order;

    ContractSort(SortOrder order) {
        this.order = order;
    }

    SortOrder order() {
        return order;
    }

    static ContractSort parse(String raw, ProcurementFilter filter) {
        String name = Params.sort(raw, names(), DEFAULT);
        ContractSort sort = Arrays.stream(values()).filter(s -> s.order.name().equals(name)).findFirst().orElseThrow();
        if ((sort == AMOUNT || sort == AMOUNT_DESC) && filter.currency() == null) {
            throw ProblemException.invalidParameter("sort", "'" + name + "' needs `currency`: contract values in "
                    + "different currencies are never compared");
        }
        return sort;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(s -> s.order.name()).toList();
    }
}
