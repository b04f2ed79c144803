package org.opencompras.stats;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.api.Sql;

/** Computes {@link Summary}: one pass over the contracts for the counts and values, one for their suppliers. */
final class SummaryQuery {

    // The grand total and each currency's row come out of one grouping of the same rows.
    private static final String COLUMNS = "c.ocid, c.award_id, c.value_amount, c.value_currency, p.buyer_id";
    private static final String TOTALS = """
            select grouping(m.value_currency) = 1 as overall, m.value_currency,
                   count(*), count(distinct m.ocid), count(distinct m.buyer_id),
                   count(*) filter (where m.value_amount is null), count(m.value_amount), sum(m.value_amount),
                   min(m.value_amount), max(m.value_amount),
                   percentile_disc(0.5) within group (order by m.value_amount)
            from (""";
    private static final String TOTALS_END = ") m group by grouping sets ((), (m.value_currency)) "
            + "order by overall desc, m.value_currency nulls last";

    private SummaryQuery() {
    }

    static Summary compute(Connection c, StatsFilter filter) throws SQLException {
        long contracts = 0;
        long processes = 0;
        long buyers = 0;
        long withoutValue = 0;
        List<Summary.CurrencyStats> values = new ArrayList<>();
        Sql totals = new Sql().append(TOTALS).append(filter.contracts(COLUMNS)).append(TOTALS_END);
        try (PreparedStatement statement = totals.prepare(c); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (rs.getBoolean(1)) {
                    contracts = rs.getLong(3);
                    processes = rs.getLong(4);
                    buyers = rs.getLong(5);
                    withoutValue = rs.getLong(6);
                } else if (rs.getLong(7) > 0) {
                    values.add(new Summary.CurrencyStats(rs.getString(2), rs.getLong(7), rs.getBigDecimal(8),
                            rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11)));
                }
            }
        }
        return new Summary(contracts, processes, buyers, suppliers(c, filter), withoutValue, values);
    }

    private static long suppliers(Connection c, StatsFilter filter) throws SQLException {
        Sql sql = new Sql().append("select count(distinct s.organization_id) from (")
                .append(filter.contracts("c.ocid, c.award_id"))
                .append(") m join award_supplier s on s.ocid = m.ocid and s.award_id = m.award_id");
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
