package org.opencompras.emergency;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.api.ApiLinks;
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
 * The emergency procedures that look like no emergency, newest first: those with a contract longer than the
 * threshold, or with counted items (see the categories) that no emergency rule matches. The rules are bound as
 * arrays ({@code er}) and matched like the classifier's: keywords where a word starts, prefixes on CPC codes.
 */
final class FlagQueries {

    static final SortOrder ORDER = SortOrder.descending("-published",
            SortKey.of("p.first_release_date", "timestamptz"), SortKey.of("p.ocid", "text"));

    private static final int SHOWN_ITEMS = 10;
    private static final String DAYS = EmergencyMisuse.DAYS;

    private FlagQueries() {
    }

    static KeysetQuery list(ProcurementFilter filter, EmergencySettings settings) {
        int threshold = settings.maxPeriodDays();
        String longContracts = EmergencyMisuse.longContracts(threshold);
        String outside = EmergencyMisuse.itemsOutside();
        String select = "p.ocid, p.title, o.identity_key, p.buyer_name, p.procurement_method_details, "
                + "p.first_release_date, (select json_agg(json_build_object('id', k.contract_id, 'start', "
                + "k.period_start, 'end', k.period_end, 'days', " + DAYS + ") order by k.contract_id) " + longContracts
                + ") as long_contracts, (select count(*) " + outside + ") as outside_count, "
                + "(select json_agg(json_build_object('scope', x.scope, 'parentId', x.parent_id, 'id', x.ocds_id, "
                + "'description', x.description, 'classificationId', x.classification_id, 'category', x.category) "
                + "order by x.item_id) from (select ic.item_id, ic.scope, ic.parent_id, i.item_id as ocds_id, "
                + "i.description, ic.classification_id, ic.category " + outside.replace("from item_category ic",
                        "from item_category ic join item i on i.id = ic.item_id")
                // "+ 0": ordered by the key's index, the first items of one process would be sought through all
                // items (a second a row over a million processes); the process's few items are sorted instead.
                + " order by ic.item_id + 0 limit " + SHOWN_ITEMS + ") x) as outside_items";
        Sql from = new Sql().append("process p left join organization o on o.id = p.buyer_id cross join ")
                .append(EmergencyMisuse.rules(settings));
        // Whether a process is flagged was decided with the same rules when the red flags were last computed (X002):
        // read from there, a page walks the flagged processes instead of testing every emergency process's contracts
        // and items (seconds over a million processes). Processes the red flags leave out (cancelled ones) are
        // tested here; the reasons are worked out for the page's rows only.
        Sql where = new Sql().append("p.emergency and case (select r.results -> 'X002' ->> 'outcome' "
                + "from red_flag_process r where r.ocid = p.ocid) when 'flagged' then true when 'notFlagged' then false "
                + "else (select count(*) " + longContracts + ") > 0 or exists (select 1 " + outside + ") end");
        Sql filters = filter.where(FilterTarget.PROCESS);
        if (!filters.isEmpty()) {
            where.append(" and ").append(filters);
        }
        return new KeysetQuery(select, from, where);
    }

    static EmergencyFlag flag(ResultSet rs, ApiLinks links, int threshold) throws SQLException {
        String ocid = rs.getString("ocid");
        String identity = rs.getString("identity_key");
        OrganizationSummary buyer = identity == null ? null
                : new OrganizationSummary(OrganizationRef.id(identity), rs.getString("buyer_name"));
        List<EmergencyFlag.Reason> reasons = new ArrayList<>();
        for (JsonNode contract : json(rs.getString("long_contracts"))) {
            reasons.add(new EmergencyFlag.Reason(EmergencyFlag.LONG_CONTRACT, text(contract, "id"),
                    instant(contract, "start"), instant(contract, "end"), contract.get("days").asLong(), threshold,
                    null, null));
        }
        long outside = rs.getLong("outside_count");
        if (outside > 0) {
            List<EmergencyFlag.Item> items = new ArrayList<>();
            for (JsonNode item : json(rs.getString("outside_items"))) {
                items.add(new EmergencyFlag.Item(text(item, "scope"), text(item, "parentId"), text(item, "id"),
                        text(item, "description"), text(item, "classificationId"), text(item, "category")));
            }
            reasons.add(new EmergencyFlag.Reason(EmergencyFlag.ITEMS_OUTSIDE, null, null, null, null, null, outside,
                    items));
        }
        return new EmergencyFlag(ocid, rs.getString("title"), buyer, rs.getString("procurement_method_details"),
                Timestamps.rfc3339(rs.getObject("first_release_date", OffsetDateTime.class)), reasons,
                new EmergencyFlag.Links(links.to("processes", ocid)));
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return Json.mapper().createArrayNode();
        }
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable flag details", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Timestamps.rfc3339(OffsetDateTime.parse(value));
    }
}
