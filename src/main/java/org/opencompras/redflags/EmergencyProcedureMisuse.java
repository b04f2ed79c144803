package org.opencompras.redflags;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencompras.common.api.Sql;
import org.opencompras.emergency.EmergencyMisuse;
import org.opencompras.emergency.EmergencySettings;

/**
 * X002: an emergency procedure that looks like no emergency, as the emergency flags define it (a contract longer
 * than opencompras.emergency.max-period-days, or counted items outside the emergency rules). Its data is in tables
 * (contracts, classified items), so it is decided in SQL after the pass over the compiled releases, for the
 * emergency processes only: the others are decided during the pass.
 */
final class EmergencyProcedureMisuse {

    static final String CODE = "X002";
    static final String TITLE = "Emergency procedure that looks like no emergency";
    static final String DEFINITION = "An emergency procedure (procurement method details of an emergency) with a "
            + "contract whose period is longer than the emergency threshold (opencompras.emergency.max-period-days), "
            + "or with counted items that no emergency rule matches (the rules of /analytics/emergency/flags). A "
            + "process that is no emergency procedure is not flagged. Not computable when no contract has a period "
            + "and no item is counted. Value: the longest contract period in days.";

    private EmergencyProcedureMisuse() {
    }

    /** The assessment of a process during the pass: not flagged unless an emergency, decided later. */
    static Assessment beforeSql(boolean emergency) {
        return emergency ? null : Assessment.of(false);
    }

    /**
     * Decides the emergency processes not decided yet.
     *
     * @param itemsClassified whether the items' categories are computed; when not, only the contracts are read
     */
    static void apply(Connection c, EmergencySettings settings, boolean itemsClassified) throws SQLException {
        int threshold = settings.maxPeriodDays();
        String items = itemsClassified ? "(select count(*) from item_category ic where ic.ocid = p.ocid)" : "0";
        String outside = itemsClassified ? "(select count(*) " + EmergencyMisuse.itemsOutside() + ")" : "0";
        Sql sql = new Sql().append("""
                update red_flag_process r set results = r.results || jsonb_build_object('X002', jsonb_strip_nulls(
                    jsonb_build_object(
                        'outcome', case when x.long_contracts > 0 or x.outside > 0 then 'flagged'
                                        when x.periods = 0 and x.items = 0 then 'notComputable'
                                        else 'notFlagged' end,
                        'value', x.longest,
                        'threshold', case when x.periods > 0 or x.items > 0 then %d end,
                        'reason', case when x.long_contracts = 0 and x.outside = 0 and x.periods = 0 and x.items = 0
                                       then 'no contract period and no counted item' end)))
                from (select p.ocid,
                             (select count(*) from contract k where k.ocid = p.ocid and k.period_start is not null
                                     and k.period_end is not null) as periods,
                             (select count(*) %s) as long_contracts,
                             (select max(%s) from contract k where k.ocid = p.ocid) as longest,
                             %s as items,
                             %s as outside
                      from process p cross join """.formatted(threshold, EmergencyMisuse.longContracts(threshold),
                EmergencyMisuse.DAYS, items, outside))
                .append(EmergencyMisuse.rules(settings))
                .append(" where p.emergency) x where x.ocid = r.ocid and r.results -> 'X002' is null");
        try (PreparedStatement statement = sql.prepare(c)) {
            statement.executeUpdate();
        }
    }

    /** The settings shown in the indicator list. */
    static Map<String, Object> settings(EmergencySettings settings, RedFlagSettings redFlags) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("maxPeriodDays", settings.maxPeriodDays());
        shown.put("rulesFrom", settings.rulesFrom());
        shown.put("excludedProcurementMethodDetails", String.join("|", redFlags.excludedDetails()));
        return shown;
    }
}
