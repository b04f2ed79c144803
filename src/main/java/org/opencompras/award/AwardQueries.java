package org.opencompras.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.ExportColumn;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.common.api.PublicId;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Timestamps;
import org.opencompras.contract.ItemLinks;
import org.opencompras.contract.ProcurementRows;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.ProcurementFilter;

/** The SQL of the award list and how its rows become items. */
final class AwardQueries {

    static final String RESOURCE = "awards";

    private static final SortKey OCID = SortKey.of("a.ocid", "text");
    private static final SortKey AWARD_ID = SortKey.of("a.award_id", "text");
    private static final SortKey DATE = SortKey.nullable("a.award_date", "timestamptz");
    private static final SortKey AMOUNT = SortKey.nullable("a.value_amount", "numeric");

    /** The whitelist of the {@code sort} parameter; the first is the default. */
    static final List<SortOrder> SORTS = List.of(
            SortOrder.descending("-date", DATE, OCID, AWARD_ID),
            SortOrder.ascending("date", DATE, OCID, AWARD_ID),
            SortOrder.descending("-amount", AMOUNT, OCID, AWARD_ID),
            SortOrder.ascending("amount", AMOUNT, OCID, AWARD_ID),
            SortOrder.descending(ProcurementFilter.RELEVANCE, SortKey.of(ProcurementFilter.RANK, "real"), OCID, AWARD_ID));

    static final String SELECT = """
            a.ocid, a.award_id, a.title, a.description, a.status, a.award_date, a.value_amount, a.value_currency, \
            """ + ProcurementRows.suppliersColumn("a.ocid", "a.award_id") + ", " + ProcurementRows.PROCESS_COLUMNS;

    private static final String FROM = "award a join process p on p.ocid = a.ocid" + ProcurementRows.PROCESS_JOINS;

    /** The CSV columns, named after the JSON fields they hold. */
    static final List<ExportColumn<AwardItem>> CSV_COLUMNS = List.of(
            ExportColumn.of("id", AwardItem::id),
            ExportColumn.of("ocid", AwardItem::ocid),
            ExportColumn.of("ocdsId", AwardItem::ocdsId),
            ExportColumn.of("title", AwardItem::title),
            ExportColumn.of("description", AwardItem::description),
            ExportColumn.of("status", AwardItem::status),
            ExportColumn.of("date", AwardItem::date),
            ExportColumn.of("value.amount", item -> item.value() == null ? null : item.value().amount()),
            ExportColumn.of("value.currency", item -> item.value() == null ? null : item.value().currency()),
            ExportColumn.of("buyer.id", item -> item.buyer() == null ? null : item.buyer().id()),
            ExportColumn.of("buyer.name", item -> item.buyer() == null ? null : item.buyer().name()),
            ExportColumn.of("suppliers.id", item -> item.suppliers().stream().map(OrganizationSummary::id).toList()),
            ExportColumn.of("suppliers.name", item -> item.suppliers().stream().map(OrganizationSummary::name).toList()),
            ExportColumn.of("procurementMethod", AwardItem::procurementMethod),
            ExportColumn.of("procurementMethodDetails", AwardItem::procurementMethodDetails),
            ExportColumn.of("emergency", AwardItem::emergency),
            ExportColumn.of("mainProcurementCategory", AwardItem::mainProcurementCategory),
            ExportColumn.of("source", AwardItem::source),
            ExportColumn.of("links.self", item -> item.links().self()));

    private AwardQueries() {
    }

    /** The sort a request asks for, checked against its filters. */
    static SortOrder sort(String raw, ProcurementFilter filter) {
        return filter.checkSort(SortOrder.choose(raw, SORTS));
    }

    static KeysetQuery list(ProcurementFilter filter, SortOrder order) {
        Sql from = new Sql().append(FROM);
        if (order.name().equals(ProcurementFilter.RELEVANCE)) {
            from.append(filter.searchJoin());
        }
        return new KeysetQuery(SELECT, from, filter.where(FilterTarget.AWARD));
    }

    /** The detail's row: a list row of one award, with its process summary. */
    static Sql detail(String ocid, String awardId) {
        return new Sql().append("select " + SELECT + ", " + ProcurementRows.SUMMARY_COLUMNS + " from " + FROM
                + " where a.ocid = ? and a.award_id = ?", ocid, awardId);
    }

    static AwardItem item(ResultSet rs, ApiLinks links) throws SQLException {
        String ocid = rs.getString("ocid");
        String awardId = rs.getString("award_id");
        String id = PublicId.of(ocid, awardId);
        OffsetDateTime date = rs.getObject("award_date", OffsetDateTime.class);
        return new AwardItem(id, ocid, awardId, rs.getString("title"), rs.getString("description"),
                rs.getString("status"), date == null ? null : Timestamps.rfc3339(date),
                ProcurementRows.amount(rs, "value"), ProcurementRows.buyer(rs), ProcurementRows.suppliers(rs),
                rs.getString("procurement_method"), rs.getString("procurement_method_details"),
                rs.getBoolean("emergency"), rs.getString("main_procurement_category"), rs.getString("source_name"),
                ItemLinks.of(links, RESOURCE, id, ocid));
    }
}
