package org.opencompras.parties;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Timestamps;
import org.opencompras.filter.OrganizationRef;

/**
 * The SQL of the supplier and buyer lists and profiles, over the precomputed totals ({@code organization_totals},
 * {@code organization_values}), and how rows become items. A list is one query and one row mapper.
 */
final class OrganizationQueries {

    // Typo-tolerant: trigram similarity of the compacted names ("MAXINSUMO" is close to "MAX INSUMO S.A." and
    // to "MAXINSUMOS"), or every word of the search found, give or take a typo, among the words of one spelling
    // ("salud" in "MINISTERIO DE SALUD PUBLICA"); ranked by the closest spelling. Both have a trigram index.
    private static final String NAME_MATCHES = """
            (select n.organization_id, max(public.similarity(n.compact_name, ?)) as score
             from organization_name n
             where n.compact_name OPERATOR(public.%%) ?%s
             group by n.organization_id) m
            join organization_totals t on t.organization_id = m.organization_id""";
    private static final String WORD_MATCH = "n.normalized_name OPERATOR(public.%>) ?";

    private static final String PROFILE = "select " + OrganizationFacts.COLUMNS + """
            ,
                   (select json_agg(n.name order by n.name) from organization_name n where n.organization_id = o.id)::text
                   as names,
                   (select d.refreshed_at from derived_data d where d.name = 'organization_totals') as totals_as_of
            from organization_totals t
            join organization o on o.id = t.organization_id
            where t.role = ? and t.identity_key = ?""";

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    private OrganizationQueries() {
    }

    /** The organizations in this role matching the filters. */
    static KeysetQuery list(PartyRole role, OrganizationFilter filter) {
        Sql from = new Sql();
        if (filter.name() != null) {
            String words = filter.words().isEmpty() ? ""
                    : " or (" + String.join(" and ", Collections.nCopies(filter.words().size(), WORD_MATCH)) + ")";
            from.append(NAME_MATCHES.formatted(words), filter.name(), filter.name());
            filter.words().forEach(word -> from.append("", word));
        } else {
            from.append("organization_totals t");
        }
        from.append(" join organization o on o.id = t.organization_id");
        if (filter.currency() != null) {
            from.append(" join organization_values cv on cv.role = t.role and cv.organization_id = t.organization_id "
                    + "and cv.currency = ?", filter.currency());
        }
        return new KeysetQuery(OrganizationFacts.COLUMNS, from, filter.where(role));
    }

    static KeysetQuery.RowMapper<OrganizationItem> mapper(PartyRole role, PartyLinks links) {
        return rs -> {
            String id = OrganizationRef.id(rs.getString("identity_key"));
            return new OrganizationItem(id, rs.getString("name"), OrganizationFacts.identifier(rs),
                    OrganizationFacts.ruc(rs), new OrganizationItem.Totals(rs.getLong("awards"),
                    rs.getLong("contracts"), OrganizationFacts.values(rs.getString("contract_values"))),
                    links.links(role, id));
        };
    }

    /** The organization's database id, when it has this role (as of the last refresh of the totals). */
    static Optional<Long> organizationId(Connection c, PartyRole role, String identityKey) throws SQLException {
        Sql sql = new Sql().append("select t.organization_id from organization_totals t where t.role = ? "
                + "and t.identity_key = ?", role.singular(), identityKey);
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    static Optional<OrganizationProfile> profile(Connection c, PartyRole role, String identityKey, PartyLinks links)
            throws SQLException {
        Sql sql = new Sql().append(PROFILE, role.singular(), identityKey);
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String id = OrganizationRef.id(identityKey);
            long counterparts = rs.getLong("counterparts");
            var totals = new OrganizationProfile.Totals(rs.getLong("awards"), rs.getLong("contracts"),
                    OrganizationFacts.values(rs.getString("contract_values")),
                    time(rs.getObject("first_award_date", OffsetDateTime.class)),
                    time(rs.getObject("last_award_date", OffsetDateTime.class)),
                    role == PartyRole.SUPPLIER ? counterparts : null, role == PartyRole.BUYER ? counterparts : null);
            String names = rs.getString("names");
            return Optional.of(new OrganizationProfile(id, rs.getString("name"), OrganizationFacts.identifier(rs),
                    OrganizationFacts.ruc(rs), names == null ? List.of() : OrganizationFacts.read(names, NAMES),
                    totals, time(rs.getObject("totals_as_of", OffsetDateTime.class)), links.links(role, id)));
        }
    }

    static String time(OffsetDateTime time) {
        return time == null ? null : Timestamps.rfc3339(time);
    }
}
