package org.opencompras.redflags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.common.api.SortKey;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Json;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.filter.ProcurementFilter;

/**
 * The SQL of the red-flag list: processes read from their stored results; buyers and tenderers by counting the
 * outcomes of the processes they bought in or bid in, after the shared filters.
 */
final class RedFlagQueries {

    static final SortOrder BY_OCID = SortOrder.ascending("ocid", SortKey.of("r.ocid", "text"));
    static final SortOrder BY_ORGANIZATION = SortOrder.ascending("organization", SortKey.of("g.identity_key", "text"));

    private static final String PROCESS_SELECT = """
            r.ocid, p.title, b.identity_key as buyer_key, coalesce(p.buyer_name, b.name) as buyer_name,
            r.results::text as results""";

    private static final String PROCESS_FROM = """
            red_flag_process r
            join process p on p.ocid = r.ocid
            left join organization b on b.id = p.buyer_id""";

    private static final String FLAGGED = "exists (select 1 from unnest(?) i(code) "
            + "where r.results -> i.code ->> 'outcome' = 'flagged')";

    private RedFlagQueries() {
    }

    static KeysetQuery processes(ProcurementFilter filter, List<String> codes, boolean onlyFlagged) {
        Sql where = filter.where(FilterTarget.PROCESS);
        if (onlyFlagged) {
            where.append(where.isEmpty() ? "" : " and ").append(FLAGGED, codes);
        }
        return new KeysetQuery(PROCESS_SELECT, new Sql().append(PROCESS_FROM), where);
    }

    /**
     * Buyers (by the process's buyer) or tenderers (by the parties with the role tenderer). Without filters, the
     * counts stored at the last computation; with filters, counted over the matching processes.
     */
    static KeysetQuery organizations(ProcurementFilter filter, List<String> codes, boolean tenderers,
                                     boolean onlyFlagged) {
        Sql where = filter.where(FilterTarget.PROCESS);
        Sql from;
        if (where.isEmpty()) {
            from = new Sql().append("""
                    (select o.identity_key, o.name, s.results
                     from red_flag_organization s join organization o on o.id = s.organization_id
                     where s.role = ?) g""", tenderers ? "tenderer" : "buyer");
        } else {
            from = new Sql().append("(select o.identity_key, o.name, s.results from (")
                    .append(counts(tenderers, codes, where))
                    .append(") s join organization o on o.id = s.organization_id) g");
        }
        Sql outer = new Sql();
        if (onlyFlagged) {
            outer.append("exists (select 1 from unnest(?) i(code) where (g.results -> i.code ->> 'flagged')::bigint > 0)",
                    codes);
        }
        return new KeysetQuery("g.identity_key, g.name, g.results::text as results", from, outer);
    }

    /**
     * Per organization, a JSON object of the outcomes of its processes counted per indicator; {@code where} (on the
     * process {@code p}) may be empty.
     */
    static Sql counts(boolean tenderers, List<String> codes, Sql where) {
        String organization = tenderers ? "t.organization_id" : "p.buyer_id";
        String join = tenderers ? " join process_party t on t.ocid = p.ocid and 'tenderer' = any(t.roles)" : "";
        Sql sql = new Sql().append("""
                select c.organization_id, jsonb_object_agg(c.code, jsonb_build_object('flagged', c.flagged,
                       'notFlagged', c.not_flagged, 'notComputable', c.not_computable)) as results
                from (select %s as organization_id, i.code,
                             count(*) filter (where r.results -> i.code ->> 'outcome' = 'flagged') as flagged,
                             count(*) filter (where r.results -> i.code ->> 'outcome' = 'notFlagged') as not_flagged,
                             count(*) filter (where r.results -> i.code ->> 'outcome' = 'notComputable')
                                 as not_computable
                      from red_flag_process r
                      join process p on p.ocid = r.ocid%s
                      cross join unnest(?) i(code)
                      where %s is not null""".formatted(organization, join, organization), codes);
        if (!where.isEmpty()) {
            sql.append(" and (").append(where).append(")");
        }
        return sql.append(" group by 1, 2) c group by c.organization_id");
    }

    static KeysetQuery.RowMapper<RedFlagRow> processMapper(List<String> codes) {
        return rs -> {
            String buyerKey = rs.getString("buyer_key");
            OrganizationSummary buyer = buyerKey == null ? null
                    : new OrganizationSummary(OrganizationRef.id(buyerKey), rs.getString("buyer_name"));
            JsonNode results = read(rs.getString("results"));
            Map<String, RedFlagRow.Result> indicators = new LinkedHashMap<>();
            for (String code : codes) {
                JsonNode result = results.path(code);
                indicators.put(code, new RedFlagRow.Result(Outcome.valueOf(result.path("outcome").asText()),
                        decimal(result.get("value")), decimal(result.get("threshold")),
                        result.hasNonNull("reason") ? result.get("reason").asText() : null, null));
            }
            return new RedFlagRow(rs.getString("ocid"), rs.getString("title"), buyer, null, indicators);
        };
    }

    static KeysetQuery.RowMapper<RedFlagRow> organizationMapper(List<String> codes) {
        return rs -> {
            OrganizationSummary organization = new OrganizationSummary(OrganizationRef.id(rs.getString("identity_key")),
                    rs.getString("name"));
            JsonNode results = read(rs.getString("results"));
            Map<String, RedFlagRow.Result> indicators = new LinkedHashMap<>();
            for (String code : codes) {
                JsonNode counts = results.path(code);
                long flagged = counts.path("flagged").asLong();
                long notFlagged = counts.path("notFlagged").asLong();
                long notComputable = counts.path("notComputable").asLong();
                RedFlagRow.ProcessCounts processes = new RedFlagRow.ProcessCounts(flagged, notFlagged, notComputable);
                long assessed = flagged + notFlagged;
                indicators.put(code, assessed == 0
                        ? new RedFlagRow.Result(Outcome.notComputable, null, null,
                                "none of its processes could be assessed", processes)
                        : new RedFlagRow.Result(flagged > 0 ? Outcome.flagged : Outcome.notFlagged,
                                BigDecimal.valueOf(flagged).divide(BigDecimal.valueOf(assessed), 4, RoundingMode.HALF_EVEN),
                                null, null, processes));
            }
            return new RedFlagRow(null, null, null, organization, indicators);
        };
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }

    private static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable red-flag results", e);
        }
    }
}
