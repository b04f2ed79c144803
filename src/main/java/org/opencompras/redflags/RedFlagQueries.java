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

    /** The organization lists: buyers, and the parties named as tenderers or suppliers. */
    static final List<String> ROLES = List.of("buyer", "tenderer", "supplier");

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
     * Buyers (by the process's buyer), tenderers or suppliers (by the parties with that role). Without filters, the
     * counts stored at the last computation; with filters, counted over the matching processes. The indicators
     * assessed per organization are read as stored, whatever the filters: they are the organization's over all its
     * processes.
     */
    static KeysetQuery organizations(ProcurementFilter filter, List<String> codes, String role, boolean onlyFlagged) {
        List<String> processCodes = codes.stream().filter(RedFlagIndicators.CODES::contains).toList();
        List<String> organizationCodes = codes.stream().filter(OrganizationIndicators.CODES::contains).toList();
        String[] assessedAs = assessedAs(role);
        Sql where = filter.where(FilterTarget.PROCESS);
        Sql from;
        if (where.isEmpty()) {
            from = new Sql().append("""
                    (select o.identity_key, o.name, s.results
                     from red_flag_organization s join organization o on o.id = s.organization_id
                     where s.role = ?) g""", role);
        } else {
            from = new Sql().append("(select o.identity_key, o.name, s.results from (")
                    // Every process indicator counted, so that the organizations are listed whatever is asked.
                    .append(counts(role, processCodes.isEmpty() ? RedFlagIndicators.CODES : processCodes, where))
                    .append(") s join organization o on o.id = s.organization_id) g");
        }
        Sql outer = new Sql();
        if (onlyFlagged) {
            outer.append("(exists (select 1 from unnest(?) i(code) where (g.results -> i.code ->> 'flagged')::bigint > 0)",
                    processCodes);
            outer.append(" or exists (select 1 from red_flag_organization_indicator f where f.identity_key = "
                    + "g.identity_key and f.role = any(?) and f.indicator = any(?) and f.outcome = 'flagged'))",
                    assessedAs, organizationCodes);
        }
        // The roles are constants of this class, not input: written into the text.
        String select = """
                g.identity_key, g.name, g.results::text as results,
                (select jsonb_object_agg(x.indicator, x.result)::text
                 from (select distinct on (f.indicator) f.indicator, jsonb_strip_nulls(jsonb_build_object(
                               'outcome', f.outcome, 'value', f.value, 'threshold', f.threshold, 'reason', f.reason))
                               as result
                       from red_flag_organization_indicator f
                       where f.identity_key = g.identity_key and f.role in (%s)
                       order by f.indicator, f.outcome = 'flagged' desc, f.outcome = 'notFlagged' desc,
                                f.value desc nulls last) x) as organization_results""".formatted(
                String.join(", ", java.util.Arrays.stream(assessedAs).map(r -> "'" + r + "'").toList()));
        return new KeysetQuery(select, from, outer);
    }

    /** The roles whose organization-level results an organization list shows: a buyer's, or a party's in bids and awards. */
    private static String[] assessedAs(String role) {
        return role.equals("buyer") ? new String[] {"buyer"} : new String[] {"tenderer", "supplier"};
    }

    /**
     * Per organization, a JSON object of the outcomes of its processes counted per indicator; {@code where} (on the
     * process {@code p}) may be empty.
     */
    static Sql counts(String role, List<String> codes, Sql where) {
        boolean party = !role.equals("buyer");
        String organization = party ? "t.organization_id" : "p.buyer_id";
        String join = party ? " join process_party t on t.ocid = p.ocid and '" + role + "' = any(t.roles)" : "";
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

    static KeysetQuery.RowMapper<RedFlagRow> organizationMapper(List<String> codes, String role) {
        return rs -> {
            OrganizationSummary organization = new OrganizationSummary(OrganizationRef.id(rs.getString("identity_key")),
                    rs.getString("name"));
            JsonNode results = read(rs.getString("results"));
            String stored = rs.getString("organization_results");
            JsonNode organizationResults = stored == null ? Json.mapper().createObjectNode() : read(stored);
            Map<String, RedFlagRow.Result> indicators = new LinkedHashMap<>();
            for (String code : codes) {
                if (OrganizationIndicators.CODES.contains(code)) {
                    indicators.put(code, organizationResult(code, role, organizationResults.path(code)));
                    continue;
                }
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

    private static RedFlagRow.Result organizationResult(String code, String role, JsonNode result) {
        if (result.isMissingNode()) {
            String reason = code.equals(OrganizationIndicators.R048) && role.equals("buyer")
                    ? "assessed for suppliers only"
                    : "no submitted bid or classified item awarded to it alone in an assessed process";
            return new RedFlagRow.Result(Outcome.notComputable, null, null, reason, null);
        }
        return new RedFlagRow.Result(Outcome.valueOf(result.path("outcome").asText()), decimal(result.get("value")),
                decimal(result.get("threshold")), result.hasNonNull("reason") ? result.get("reason").asText() : null,
                null);
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
