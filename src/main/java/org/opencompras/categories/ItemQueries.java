package org.opencompras.categories;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.contract.ItemView;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;

/** The list of counted items with their category and matched rule, in the order they were stored. */
final class ItemQueries {

    static final SortOrder ORDER = SortOrder.ascending("id", SortKey.of("ic.item_id", "bigint"));

    private static final String SELECT = """
            ic.ocid, ic.scope, ic.parent_id, i.item_id, i.description, i.classification_scheme, i.classification_id,
            i.classification_description, i.quantity, i.unit_name, i.unit_value_amount, i.unit_value_currency,
            ic.amount, ic.currency, ic.category, ic.rule_kind, ic.rule""";

    private ItemQueries() {
    }

    /** @param category a category code, or null for every item */
    static KeysetQuery list(ProcurementFilter filter, String category) {
        Sql from = new Sql().append("item_category ic join item i on i.id = ic.item_id join process p on p.ocid = ic.ocid");
        Sql where = new Sql();
        if (category != null) {
            where.append("ic.category = ?", category);
        }
        Sql filters = filter.where(FilterTarget.PROCESS);
        if (!filters.isEmpty()) {
            where.append(where.isEmpty() ? "" : " and ").append(filters);
        }
        return new KeysetQuery(SELECT, from, where);
    }

    static CategorizedItem item(ResultSet rs, ApiLinks links) throws SQLException {
        String scheme = rs.getString("classification_scheme");
        String code = rs.getString("classification_id");
        String codeDescription = rs.getString("classification_description");
        ItemView.Classification classification = scheme == null && code == null && codeDescription == null ? null
                : new ItemView.Classification(scheme, code, codeDescription);
        String unitName = rs.getString("unit_name");
        Amount unitValue = Amount.of(rs.getBigDecimal("unit_value_amount"), rs.getString("unit_value_currency"));
        ItemView.Unit unit = unitName == null && unitValue == null ? null : new ItemView.Unit(unitName, unitValue);
        ItemView item = new ItemView(rs.getString("item_id"), rs.getString("description"), classification,
                rs.getBigDecimal("quantity"), unit);
        String kind = rs.getString("rule_kind");
        String ocid = rs.getString("ocid");
        return new CategorizedItem(ocid, rs.getString("scope"), rs.getString("parent_id"), item,
                Amount.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("category"),
                kind == null ? null : new CategorizedItem.Match(kind, rs.getString("rule")),
                new CategorizedItem.Links(links.to("processes", ocid)));
    }
}
