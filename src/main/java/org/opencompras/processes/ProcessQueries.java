package org.opencompras.processes;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.List;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.DateRange;
import org.opencompras.common.api.ExportColumn;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Json;
import org.opencompras.common.json.Timestamps;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.filter.ProcurementFilter;

/**
 * The SQL of the process list and of one process, and how a row becomes an item. A list is one query (the
 * select, from and where below) and one row mapper, whether it is read a page at a time or as a whole.
 */
final class ProcessQueries {

    static final String RESOURCE = "processes";

    private static final SortKey PUBLISHED = SortKey.of("p.first_release_date", "timestamptz");
    private static final SortKey AMOUNT = SortKey.nullable("p.tender_value_amount", "numeric");
    private static final SortKey OCID = SortKey.of("p.ocid", "text");

    /** The whitelist of the {@code sort} parameter; the first is the default. Each ends with the ocid. */
    static final List<SortOrder> SORTS = List.of(
            SortOrder.descending("-datePublished", PUBLISHED, OCID),
            SortOrder.ascending("datePublished", PUBLISHED, OCID),
            SortOrder.descending("-amount", AMOUNT, OCID),
            SortOrder.ascending("amount", AMOUNT, OCID),
            SortOrder.descending(ProcurementFilter.RELEVANCE, SortKey.of(ProcurementFilter.RANK, "real"), OCID));

    // Awards and contracts summed per currency, in the row's own subqueries: a page costs a few index lookups
    // per process, whatever the size of the list.
    /** The CSV columns, named after the JSON fields they hold; sums per currency are written "USD 1500.00". */
    static final List<ExportColumn<ProcessItem>> CSV_COLUMNS = List.of(
            ExportColumn.of("ocid", ProcessItem::ocid),
            ExportColumn.of("title", ProcessItem::title),
            ExportColumn.of("description", ProcessItem::description),
            ExportColumn.of("status", ProcessItem::status),
            ExportColumn.of("procurementMethod", ProcessItem::procurementMethod),
            ExportColumn.of("procurementMethodDetails", ProcessItem::procurementMethodDetails),
            ExportColumn.of("emergency", ProcessItem::emergency),
            ExportColumn.of("mainProcurementCategory", ProcessItem::mainProcurementCategory),
            ExportColumn.of("buyer.id", item -> item.buyer() == null ? null : item.buyer().id()),
            ExportColumn.of("buyer.name", item -> item.buyer() == null ? null : item.buyer().name()),
            ExportColumn.of("tenderValue.amount", item -> item.tenderValue() == null ? null : item.tenderValue().amount()),
            ExportColumn.of("tenderValue.currency", item -> item.tenderValue() == null ? null : item.tenderValue().currency()),
            ExportColumn.of("tenderPeriod.startDate", item -> item.tenderPeriod() == null ? null : item.tenderPeriod().startDate()),
            ExportColumn.of("tenderPeriod.endDate", item -> item.tenderPeriod() == null ? null : item.tenderPeriod().endDate()),
            ExportColumn.of("datePublished", ProcessItem::datePublished),
            ExportColumn.of("dateModified", ProcessItem::dateModified),
            ExportColumn.of("numberOfTenderers", ProcessItem::numberOfTenderers),
            ExportColumn.of("source", ProcessItem::source),
            ExportColumn.of("totals.awards.count", item -> item.totals().awards().count()),
            ExportColumn.of("totals.awards.values", item -> sums(item.totals().awards())),
            ExportColumn.of("totals.contracts.count", item -> item.totals().contracts().count()),
            ExportColumn.of("totals.contracts.values", item -> sums(item.totals().contracts())),
            ExportColumn.of("links.self", item -> item.links().self()));

    private static List<String> sums(ProcessItem.CountAndValues totals) {
        return totals.values().stream()
                .map(value -> value.currency() + " " + value.amount().toPlainString())
                .toList();
    }

    private static final String SELECT = """
            p.ocid, p.title, p.description, p.tender_status, p.procurement_method, p.procurement_method_details,
            p.emergency, p.main_procurement_category, b.identity_key as buyer_key,
            coalesce(p.buyer_name, b.name) as buyer_name, p.tender_value_amount, p.tender_value_currency,
            p.tender_period_start, p.tender_period_end, p.first_release_date, p.last_release_date,
            p.number_of_tenderers, src.name as source_name,
            (%s)::text as award_totals,
            (%s)::text as contract_totals""".formatted(totals("award"), totals("contract"));

    private static final String FROM = """
            process p
            join source src on src.id = p.source_id
            left join organization b on b.id = p.buyer_id""";

    private ProcessQueries() {
    }

    private static String totals(String table) {
        return """
                select json_build_object('count', coalesce(sum(g.n), 0), 'values', coalesce(json_agg(
                    json_build_object('amount', g.amount, 'currency', g.currency) order by g.currency)
                    filter (where g.amount is not null), '[]'))
                from (select x.value_currency as currency, count(*) as n, sum(x.value_amount) as amount
                      from %s x where x.ocid = p.ocid group by x.value_currency) g""".formatted(table);
    }

    /** The sort a request asks for, checked against its filters. */
    static SortOrder sort(String raw, ProcurementFilter filter) {
        return filter.checkSort(SortOrder.choose(raw, SORTS));
    }

    /** The processes matching the filters. */
    static KeysetQuery list(ProcurementFilter filter, SortOrder order) {
        Sql from = new Sql().append(FROM);
        if (order.name().equals(ProcurementFilter.RELEVANCE)) {
            from.append(filter.searchJoin());
        }
        return new KeysetQuery(SELECT, from, filter.where(FilterTarget.PROCESS));
    }

    /** One process, or empty when no process has this ocid. */
    static Optional<ProcessItem> one(Connection c, String ocid, ApiLinks links) throws SQLException {
        Sql sql = new Sql().append("select " + SELECT + " from " + FROM + " where p.ocid = ?", ocid);
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(mapper(links).map(rs)) : Optional.empty();
        }
    }

    static KeysetQuery.RowMapper<ProcessItem> mapper(ApiLinks links) {
        return rs -> {
            String ocid = rs.getString("ocid");
            String buyerKey = rs.getString("buyer_key");
            OrganizationSummary buyer = buyerKey == null ? null
                    : new OrganizationSummary(OrganizationRef.id(buyerKey), rs.getString("buyer_name"));
            OffsetDateTime start = rs.getObject("tender_period_start", OffsetDateTime.class);
            OffsetDateTime end = rs.getObject("tender_period_end", OffsetDateTime.class);
            DateRange tenderPeriod = start == null && end == null ? null : new DateRange(time(start), time(end));
            return new ProcessItem(ocid, rs.getString("title"), rs.getString("description"),
                    rs.getString("tender_status"), rs.getString("procurement_method"),
                    rs.getString("procurement_method_details"), rs.getBoolean("emergency"),
                    rs.getString("main_procurement_category"), buyer,
                    Amount.of(rs.getBigDecimal("tender_value_amount"), rs.getString("tender_value_currency")),
                    tenderPeriod, time(rs.getObject("first_release_date", OffsetDateTime.class)),
                    time(rs.getObject("last_release_date", OffsetDateTime.class)),
                    rs.getObject("number_of_tenderers", Integer.class), rs.getString("source_name"),
                    new ProcessItem.Totals(countAndValues(rs.getString("award_totals")),
                            countAndValues(rs.getString("contract_totals"))),
                    new ProcessItem.Links(links.to(RESOURCE, ocid), links.to("records", ocid)));
        };
    }

    private static ProcessItem.CountAndValues countAndValues(String json) {
        try {
            return Json.mapper().readValue(json, ProcessItem.CountAndValues.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable totals " + json, e);
        }
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : Timestamps.rfc3339(time);
    }
}
