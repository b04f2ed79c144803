package org.opencompras.parties;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.json.Json;

/** Pieces shared by the organization items: identifier, RUC, and how they are read from a row. */
final class OrganizationFacts {

    /** The organization's identifier as the data gives it. */
    @Schema(name = "OrganizationIdentifier", description = "The organization's identifier: scheme and id (for Ecuador EC-RUC and the 13-digit RUC)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Identifier(@Schema(example = "EC-RUC", nullable = true) String scheme,
                      @Schema(example = "0993038210001") String id) {
    }

    /** What the RUC's check digit says. */
    @Schema(name = "RucCheck", description = "For an Ecuadorian RUC: whether its check digit is valid and, if so, the kind of taxpayer")
    record Ruc(@Schema(example = "true") boolean valid,
               @Schema(description = "public, private or natural (a person); null when invalid", nullable = true,
                       example = "private") String type) {
    }

    /** Columns every organization query selects, from {@code o} (organization) and {@code t} (its totals). */
    static final String COLUMNS = """
            o.identity_key, o.name, o.scheme, o.identifier, o.ruc_valid, o.ruc_type,
            t.awards, t.contracts, t.first_award_date, t.last_award_date, t.counterparts,
            (select coalesce(json_agg(json_build_object('currency', v.currency, 'amount', v.amount,
                 'count', v.contracts) order by v.currency), '[]')
             from organization_values v where v.role = t.role and v.organization_id = t.organization_id)::text
             as contract_values""";

    private static final TypeReference<List<CurrencyTotal>> VALUES = new TypeReference<>() {
    };

    private OrganizationFacts() {
    }

    static Identifier identifier(ResultSet rs) throws SQLException {
        String id = rs.getString("identifier");
        return id == null ? null : new Identifier(rs.getString("scheme"), id);
    }

    static Ruc ruc(ResultSet rs) throws SQLException {
        Boolean valid = rs.getObject("ruc_valid", Boolean.class);
        return valid == null ? null : new Ruc(valid, rs.getString("ruc_type"));
    }

    static List<CurrencyTotal> values(String json) {
        return read(json, VALUES);
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable JSON from the database: " + json, e);
        }
    }
}
