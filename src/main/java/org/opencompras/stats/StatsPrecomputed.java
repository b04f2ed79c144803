package org.opencompras.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.api.Sql;
import org.opencompras.common.json.Json;
import org.opencompras.common.problem.ProblemException;

/**
 * The statistics precomputed at each refresh of the flat copy of the contracts (migration V16): the breakdowns,
 * the organizations' totals of the concentration and the summaries, of all contracts and of the contracts in each
 * currency. The queries read them when a question has no filter but, at most, the currency
 * ({@link StatsFilter#precomputed()}), and compute the answer themselves until they are ready.
 */
final class StatsPrecomputed {

    static final String SUMMARY = "summary";
    static final String CONCENTRATION = "concentration";

    /** A condition, with the kind as its parameter: whether that kind has been precomputed. */
    static final String READY = "exists (select 1 from stats_precomputed where kind = ?)";

    private StatsPrecomputed() {
    }

    /** Recomputes every precomputed statistic from the flat copy, in the caller's transaction. */
    static void compute(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute("delete from stats_precomputed");
            statement.execute("delete from stats_breakdown");
            statement.execute("delete from stats_organization");
            statement.execute("delete from stats_summary");
        }
        List<StatsFilter> filters = filters(c);
        for (Dimension dimension : Dimension.values()) {
            for (StatsFilter filter : filters) {
                execute(c, new Sql().append("insert into stats_breakdown (dimension, filter_currency, key, contracts, "
                                + "without_value, amount, vals, buyers, suppliers) select ?, ?, g.* from (",
                        dimension.parameter, filter.filterCurrency())
                        .append(BreakdownQuery.grouped(dimension, filter)).append(") g"));
            }
            markReady(c, dimension.parameter);
        }
        for (String side : ConcentrationQuery.SIDES) {
            execute(c, new Sql().append("insert into stats_organization (side, organization_id, currency, contracts, "
                    + "valued, amount) select ?, x.* from (", side)
                    .append(ConcentrationQuery.perOrganization(side, StatsFilter.NONE))
                    .append(" select org, currency, n, valued, amount from per_org) x"));
        }
        markReady(c, CONCENTRATION);
        for (StatsFilter filter : filters) {
            execute(c, new Sql().append("insert into stats_summary (filter_currency, answer) values (?, ?)",
                    filter.filterCurrency(), json(SummaryQuery.compute(c, filter))));
        }
        markReady(c, SUMMARY);
    }

    /** The precomputed summary of this filter's contracts, or null when there is none (yet). */
    static Summary summary(Connection c, StatsFilter filter) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("select answer from stats_summary "
                + "where filter_currency = ? and " + READY)) {
            statement.setString(1, filter.filterCurrency());
            statement.setString(2, SUMMARY);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    return Json.mapper().readValue(rs.getString(1), Summary.class);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable precomputed summary", e);
        }
        return ready(c, SUMMARY) ? empty() : null;
    }

    private static void markReady(Connection c, String kind) throws SQLException {
        execute(c, new Sql().append("insert into stats_precomputed (kind) values (?)", kind));
    }

    private static boolean ready(Connection c, String kind) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("select " + READY)) {
            statement.setString(1, kind);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** No contract in this currency: nothing to count. */
    private static Summary empty() {
        return new Summary(0, 0, 0, 0, 0, List.of());
    }

    /** All contracts, then those in each currency the contracts give (a valid code: the API takes no other). */
    private static List<StatsFilter> filters(Connection c) throws SQLException {
        List<StatsFilter> filters = new ArrayList<>(List.of(StatsFilter.NONE));
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(
                "select distinct value_currency from contract_facts where value_currency is not null order by 1")) {
            while (rs.next()) {
                try {
                    filters.add(StatsFilter.ofCurrency(rs.getString(1)));
                } catch (ProblemException notACurrency) {
                    // Counted under no currency; a question cannot name it.
                }
            }
        }
        return filters;
    }

    private static void execute(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement statement = sql.prepare(c)) {
            statement.executeUpdate();
        }
    }

    private static String json(Summary summary) {
        try {
            return Json.mapper().writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
