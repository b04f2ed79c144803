package org.opencompras.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.api.Sql;

/**
 * Computes {@link Summary}: one hashed grouping of the contracts by currency, and one statement that counts their
 * distinct processes, buyers and suppliers (deduplicated by hashing, not by sorting a million rows).
 */
final class SummaryQuery {

    private static final String BY_CURRENCY = """
            select m.value_currency, count(*), count(m.value_amount), sum(m.value_amount), min(m.value_amount),
                   max(m.value_amount)
            from (""";
    private static final String BY_CURRENCY_END = ") m group by 1 order by 1 nulls last";

    // Distinct processes are nearly as many as the contracts: rather than hash a million keys, each process sets
    // its bit in a word of 64 (process_key numbers them densely), and the bits set are counted.
    private static final String DISTINCT = """
            select (select sum(bit_count(x.word::bit(64)))
                    from (select process_key / 64, bit_or(1::bigint << (process_key % 64)::int) as word
                          from m group by 1) x),
                   (select count(*) from (select buyer_id from m where buyer_id is not null group by 1) x),
                   (select count(*) from (select s from m cross join unnest(m.supplier_ids) s group by 1) x)""";

    private SummaryQuery() {
    }

    /** The precomputed summary when there is one for these filters, else computed. */
    static Summary computeOrRead(Connection c, StatsFilter filter) throws SQLException {
        Summary precomputed = filter.precomputed() ? StatsPrecomputed.summary(c, filter) : null;
        return precomputed != null ? precomputed : compute(c, filter);
    }

    static Summary compute(Connection c, StatsFilter filter) throws SQLException {
        long contracts = 0;
        long withoutValue = 0;
        List<Summary.CurrencyStats> values = new ArrayList<>();
        Sql byCurrency = new Sql().append(BY_CURRENCY)
                .append(filter.contracts("c.value_amount, c.value_currency")).append(BY_CURRENCY_END);
        try (PreparedStatement statement = byCurrency.prepare(c); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                contracts += rs.getLong(2);
                withoutValue += rs.getLong(2) - rs.getLong(3);
                if (rs.getLong(3) > 0) {
                    values.add(new Summary.CurrencyStats(rs.getString(1), rs.getLong(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6)));
                }
            }
        }
        Sql distinct = new Sql().append("with m as not materialized (")
                .append(filter.contracts("c.process_key, p.buyer_id, c.supplier_ids")).append(") ").append(DISTINCT);
        try (PreparedStatement statement = distinct.prepare(c); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return new Summary(contracts, rs.getLong(1), rs.getLong(2), rs.getLong(3), withoutValue, values);
        }
    }
}
