package org.opencompras.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.common.json.Json;
import org.opencompras.filter.OrganizationRef;

/**
 * What contracts and awards read alike: the process's columns every list item carries, the suppliers of an
 * award, the items of a contract or an award and the process summary of a detail. Queries name the process
 * {@code p}, its buyer {@code bo} and its source {@code src}.
 */
public final class ProcurementRows {

    /** The process's columns of a list item, after the item's own. */
    public static final String PROCESS_COLUMNS = """
            bo.identity_key as buyer_key, coalesce(p.buyer_name, bo.name) as buyer_name, p.procurement_method,
            p.procurement_method_details, p.emergency, p.main_procurement_category, src.name as source_name""";

    /** Joins for {@link #PROCESS_COLUMNS}, after the process {@code p}. */
    public static final String PROCESS_JOINS =
            " left join organization bo on bo.id = p.buyer_id join source src on src.id = p.source_id";

    /** The columns of the detail's process summary. */
    public static final String SUMMARY_COLUMNS = """
            p.title as process_title, p.tender_status, p.tender_value_amount, p.tender_value_currency,
            p.number_of_tenderers""";

    private static final String ITEMS = """
            select i.item_id, i.description, i.classification_scheme, i.classification_id,
                   i.classification_description, i.quantity, i.unit_name, i.unit_value_amount, i.unit_value_currency
            from item i where i.ocid = ? and i.scope = ? and i.parent_id = ? order by i.position""";

    private ProcurementRows() {
    }

    /**
     * A column holding the suppliers of award {@code awardColumn} of process {@code ocidColumn} as a JSON array of
     * [identity key, name] pairs, named {@code suppliers}.
     */
    public static String suppliersColumn(String ocidColumn, String awardColumn) {
        return """
                (select json_agg(json_build_array(so.identity_key, coalesce(su.name, so.name)) order by so.identity_key)
                 from award_supplier su join organization so on so.id = su.organization_id
                 where su.ocid = %s and su.award_id = %s)::text as suppliers""".formatted(ocidColumn, awardColumn);
    }

    public static OrganizationSummary buyer(ResultSet rs) throws SQLException {
        String key = rs.getString("buyer_key");
        return key == null ? null : new OrganizationSummary(OrganizationRef.id(key), rs.getString("buyer_name"));
    }

    public static List<OrganizationSummary> suppliers(ResultSet rs) throws SQLException {
        String json = rs.getString("suppliers");
        List<OrganizationSummary> suppliers = new ArrayList<>();
        if (json == null) {
            return suppliers;
        }
        try {
            for (JsonNode pair : Json.mapper().readTree(json)) {
                suppliers.add(new OrganizationSummary(OrganizationRef.id(pair.get(0).asText()),
                        pair.get(1).isNull() ? null : pair.get(1).asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return suppliers;
    }

    public static Amount amount(ResultSet rs, String prefix) throws SQLException {
        return Amount.of(rs.getBigDecimal(prefix + "_amount"), rs.getString(prefix + "_currency"));
    }

    public static ProcessSummary summary(ResultSet rs, String ocid) throws SQLException {
        Integer tenderers = rs.getObject("number_of_tenderers", Integer.class);
        return new ProcessSummary(ocid, rs.getString("process_title"), new ProcessSummary.Tender(
                rs.getString("tender_status"), amount(rs, "tender_value"), tenderers));
    }

    /** The items of a contract or an award ({@code scope} contract or award), in their published order. */
    public static List<ItemView> items(Connection c, String ocid, String scope, String parentId) throws SQLException {
        List<ItemView> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ITEMS)) {
            ps.setString(1, ocid);
            ps.setString(2, scope);
            ps.setString(3, parentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String scheme = rs.getString("classification_scheme");
                    String code = rs.getString("classification_id");
                    String label = rs.getString("classification_description");
                    ItemView.Classification classification = scheme == null && code == null && label == null
                            ? null : new ItemView.Classification(scheme, code, label);
                    String unitName = rs.getString("unit_name");
                    Amount unitValue = amount(rs, "unit_value");
                    ItemView.Unit unit = unitName == null && unitValue == null ? null : new ItemView.Unit(unitName, unitValue);
                    items.add(new ItemView(rs.getString("item_id"), rs.getString("description"), classification,
                            rs.getBigDecimal("quantity"), unit));
                }
            }
        }
        return items;
    }
}
