package org.opencompras.contract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.DateRange;
import org.opencompras.common.api.ExportColumn;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.common.api.PublicId;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Timestamps;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;

/**
 * The SQL of the contract list and how its rows become items; also used for the contracts of one supplier or
 * buyer, which are this list restricted to them.
 */
public final class ContractQueries {

    public static final String RESOURCE = "contracts";

    private static final SortKey OCID = SortKey.of("c.ocid", "text");
    private static final SortKey CONTRACT_ID = SortKey.of("c.contract_id", "text");
    private static final SortKey DATE_SIGNED = SortKey.nullable("c.date_signed", "timestamptz");
    private static final SortKey AMOUNT = SortKey.nullable("c.value_amount", "numeric");

    /** The whitelist of the {@code sort} parameter; the first is the default. */
    static final List<SortOrder> SORTS = List.of(
            SortOrder.descending("-dateSigned", DATE_SIGNED, OCID, CONTRACT_ID),
            SortOrder.ascending("dateSigned", DATE_SIGNED, OCID, CONTRACT_ID),
            SortOrder.descending("-amount", AMOUNT, OCID, CONTRACT_ID),
            SortOrder.ascending("amount", AMOUNT, OCID, CONTRACT_ID),
            SortOrder.descending(ProcurementFilter.RELEVANCE, SortKey.of(ProcurementFilter.RANK, "real"), OCID, CONTRACT_ID));

    static final String SELECT = """
            c.ocid, c.contract_id, c.award_id, c.title, c.description, c.status, c.date_signed, c.period_start,
            c.period_end, c.value_amount, c.value_currency, """ + ProcurementRows.suppliersColumn("c.ocid", "c.award_id")
            + ", " + ProcurementRows.PROCESS_COLUMNS;

    private static final String FROM = "contract c join process p on p.ocid = c.ocid" + ProcurementRows.PROCESS_JOINS;

    /** The CSV columns, named after the JSON fields they hold. */
    static final List<ExportColumn<ContractItem>> CSV_COLUMNS = List.of(
            ExportColumn.of("id", ContractItem::id),
            ExportColumn.of("ocid", ContractItem::ocid),
            ExportColumn.of("ocdsId", ContractItem::ocdsId),
            ExportColumn.of("awardID", ContractItem::awardID),
            ExportColumn.of("title", ContractItem::title),
            ExportColumn.of("description", ContractItem::description),
            ExportColumn.of("status", ContractItem::status),
            ExportColumn.of("dateSigned", ContractItem::dateSigned),
            ExportColumn.of("period.startDate", item -> item.period() == null ? null : item.period().startDate()),
            ExportColumn.of("period.endDate", item -> item.period() == null ? null : item.period().endDate()),
            ExportColumn.of("value.amount", item -> item.value() == null ? null : item.value().amount()),
            ExportColumn.of("value.currency", item -> item.value() == null ? null : item.value().currency()),
            ExportColumn.of("buyer.id", item -> item.buyer() == null ? null : item.buyer().id()),
            ExportColumn.of("buyer.name", item -> item.buyer() == null ? null : item.buyer().name()),
            ExportColumn.of("suppliers.id", item -> item.suppliers().stream().map(OrganizationSummary::id).toList()),
            ExportColumn.of("suppliers.name", item -> item.suppliers().stream().map(OrganizationSummary::name).toList()),
            ExportColumn.of("procurementMethod", ContractItem::procurementMethod),
            ExportColumn.of("procurementMethodDetails", ContractItem::procurementMethodDetails),
            ExportColumn.of("emergency", ContractItem::emergency),
            ExportColumn.of("mainProcurementCategory", ContractItem::mainProcurementCategory),
            ExportColumn.of("source", ContractItem::source),
            ExportColumn.of("links.self", item -> item.links().self()));

    private ContractQueries() {
    }

    /** The sort a request asks for, checked against its filters. */
    public static SortOrder sort(String raw, ProcurementFilter filter) {
        return filter.checkSort(SortOrder.choose(raw, SORTS));
    }

    public static KeysetQuery list(ProcurementFilter filter, SortOrder order) {
        Sql from = new Sql().append(FROM);
        if (order.name().equals(ProcurementFilter.RELEVANCE)) {
            from.append(filter.searchJoin());
        }
        return new KeysetQuery(SELECT, from, filter.where(FilterTarget.CONTRACT));
    }

    /** The detail's row: a list row of one contract, with its process summary. */
    static Sql detail(String ocid, String contractId) {
        return new Sql().append("select " + SELECT + ", " + ProcurementRows.SUMMARY_COLUMNS + " from " + FROM
                + " where c.ocid = ? and c.contract_id = ?", ocid, contractId);
    }

    public static ContractItem item(ResultSet rs, ApiLinks links) throws SQLException {
        String ocid = rs.getString("ocid");
        String contractId = rs.getString("contract_id");
        String id = PublicId.of(ocid, contractId);
        OffsetDateTime start = rs.getObject("period_start", OffsetDateTime.class);
        OffsetDateTime end = rs.getObject("period_end", OffsetDateTime.class);
        DateRange period = start == null && end == null ? null : new DateRange(text(start), text(end));
        return new ContractItem(id, ocid, contractId, rs.getString("award_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("status"),
                text(rs.getObject("date_signed", OffsetDateTime.class)), period, ProcurementRows.amount(rs, "value"),
                ProcurementRows.buyer(rs), ProcurementRows.suppliers(rs), rs.getString("procurement_method"),
                rs.getString("procurement_method_details"), rs.getBoolean("emergency"),
                rs.getString("main_procurement_category"), rs.getString("source_name"),
                ItemLinks.of(links, RESOURCE, id, ocid));
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : Timestamps.rfc3339(time);
    }
}
