package org.opencompras.emergency;

import org.opencompras.common.api.Sql;

/**
 * The SQL of what makes an emergency procedure look like no emergency, shared by the emergency flags and the red
 * flags: a contract longer than the threshold, or counted items that no emergency rule matches. The fragments read
 * the process as {@code p}; those on items need the rules joined as {@code er} (see {@link #rules}).
 */
public final class EmergencyMisuse {

    /** Whole days from a contract {@code k}'s start to its end. */
    public static final String DAYS = "floor(extract(epoch from (k.period_end - k.period_start)) / 86400)::bigint";

    private static final String MATCHES = "(exists (select 1 from unnest(er.keywords) kw where ic.words like '% ' "
            + "|| kw || '%') or (upper(ic.classification_scheme) = 'CPC' and exists (select 1 from unnest(er.prefixes) "
            + "px where ic.classification_id like px || '%')))";

    private EmergencyMisuse() {
    }

    /** {@code from ...} the contracts of {@code p} longer than the threshold, as {@code k}. */
    public static String longContracts(int maxPeriodDays) {
        return "from contract k where k.ocid = p.ocid and " + DAYS + " > " + maxPeriodDays;
    }

    /** {@code from ...} the counted items of {@code p} that no emergency rule matches, as {@code ic}. */
    public static String itemsOutside() {
        return "from item_category ic where ic.ocid = p.ocid and not " + MATCHES;
    }

    /**
     * The rules as a one-row relation {@code er} to cross join: keywords prepared as the classifier prepares words,
     * and CPC prefixes.
     */
    public static Sql rules(EmergencySettings settings) {
        return new Sql().append("(select (select coalesce(array_agg(trim(match_words(w))), '{}') "
                + "from unnest(?::text[]) w) as keywords, ?::text[] as prefixes) er", settings.keywords(),
                settings.cpcPrefixes());
    }
}
