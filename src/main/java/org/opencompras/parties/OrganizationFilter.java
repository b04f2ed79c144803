package org.opencompras.parties;

import java.util.Arrays;
import java.util.List;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.Sql;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.organization.NameNormalizer;
import org.opencompras.organization.OrganizationIdentity;

/**
 * The filters of the supplier and buyer lists, checked.
 *
 * @param name     the name searched for, compacted as organization_name.compact_name is (normalized, no spaces)
 * @param words    its normalized words of three letters or more, each of which may be found within a name
 * @param rucKey   the identity key of the RUC asked for
 * @param rucValid whether the RUC's check digit is valid
 * @param source   the name of a source the organization must appear in
 * @param currency a currency the organization must have contract values in
 */
record OrganizationFilter(String name, List<String> words, String rucKey, Boolean rucValid, String source,
                          String currency) {

    private static final int MIN_WORD = 3;

    static OrganizationFilter parse(String name, String ruc, String rucValid, String source, String currency) {
        String normalized = normalizedName(name);
        return new OrganizationFilter(normalized == null ? null : normalized.replace(" ", ""), words(normalized),
                rucKey(ruc), Params.bool("rucValid", rucValid), Params.text("source", source),
                Params.currency("currency", currency));
    }

    /** The conditions on {@code t} (organization_totals) and {@code o} (organization), besides the name search. */
    Sql where(PartyRole role) {
        Sql where = new Sql().append("t.role = ?", role.singular());
        if (rucKey != null) {
            where.append(" and t.identity_key = ?", rucKey);
        }
        if (rucValid != null) {
            where.append(" and o.ruc_valid = ?", rucValid);
        }
        if (source != null) {
            where.append(" and t.source_ids @> array[(select s.id from source s where s.name = ?)]", source);
        }
        return where;
    }

    String fingerprint() {
        return toString();
    }

    private static String normalizedName(String raw) {
        String text = Params.text("name", raw);
        if (text == null) {
            return null;
        }
        String normalized = NameNormalizer.normalize(text);
        if (normalized.isEmpty()) {
            throw ProblemException.invalidParameter("name", "a name with at least one letter or digit (got '"
                    + Params.shown(raw) + "')");
        }
        return normalized;
    }

    private static List<String> words(String normalized) {
        if (normalized == null) {
            return List.of();
        }
        return Arrays.stream(normalized.split(" ")).filter(word -> word.length() >= MIN_WORD).distinct().toList();
    }

    private static String rucKey(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!raw.matches("\\d{13}")) {
            throw ProblemException.invalidParameter("ruc", "a RUC: 13 digits (got '" + Params.shown(raw) + "')");
        }
        return OrganizationIdentity.RUC_SCHEME + "-" + raw;
    }
}
