package org.opencompras.redflags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.opencompras.common.derived.DerivedData;
import org.jboss.logging.Logger;
import org.opencompras.common.api.Sql;
import org.opencompras.categories.ItemCategoryRefresh;
import org.opencompras.common.json.Json;
import org.opencompras.emergency.EmergencyRules;

/**
 * Computes the red flags of every process into {@code red_flag_process}, in one transaction (readers keep the
 * previous results until it commits): one pass over the compiled releases through a server-side cursor, then,
 * per source, the fences of the bid differences and the outcomes they decide. Memory does not grow with the data.
 */
@ApplicationScoped
public class RedFlagComputation {

    private static final Logger LOG = Logger.getLogger(RedFlagComputation.class);
    private static final int FETCH = 200;
    private static final int BATCH = 1000;

    private static final String INSERT =
            "insert into red_flag_process (ocid, source_id, results, bid_ratio) values (?, ?, ?::jsonb, ?)";

    @Inject
    DataSource dataSource;

    @Inject
    EmergencyRules emergencyRules;

    @Inject
    ItemCategoryRefresh itemCategories;

    /** Recomputes every process's flags with these settings. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 7200)
    public void recompute(RedFlagSettings settings) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            try (Statement statement = c.createStatement()) {
                // One refresh at a time; readers are not blocked.
                statement.execute("lock table red_flag_process in exclusive mode");
                statement.execute("delete from red_flag_process");
                statement.execute("delete from red_flag_fence");
                statement.execute("delete from red_flag_organization");
                statement.execute("delete from red_flag_organization_indicator");
            }
            OrganizationIndicators organizations = new OrganizationIndicators(settings.organizations());
            long processes = assessAll(c, settings, organizations);
            applyFences(c, settings);
            EmergencyProcedureMisuse.apply(c, emergencyRules.settings(), itemCategories.ready(c));
            organizations.save(c);
            for (String role : RedFlagQueries.ROLES) {
                countPerOrganization(c, role);
            }
            try (Statement statement = c.createStatement()) {
                DerivedData.moveGeneration(statement, "red_flags");
            }
            LOG.debugf("Red flags of %s processes computed in %.1f s", (Object) processes, (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the red flags", e);
        }
    }

    private long assessAll(Connection c, RedFlagSettings settings, OrganizationIndicators organizations)
            throws SQLException {
        long count = 0;
        try (Statement read = c.createStatement(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            read.setFetchSize(FETCH);
            try (ResultSet rs = read.executeQuery("select ocid, source_id, compiled, coalesce(emergency, false) from process")) {
                while (rs.next()) {
                    JsonNode compiled = parse(rs.getString(3));
                    RedFlagIndicators.ProcessFlags flags = RedFlagIndicators.assess(compiled, settings,
                            rs.getBoolean(4));
                    if (flags.assessed()) {
                        organizations.add(rs.getInt(2), rs.getString(1), new CompiledRelease(compiled), compiled);
                    }
                    insert.setString(1, rs.getString(1));
                    insert.setInt(2, rs.getInt(2));
                    insert.setString(3, json(flags.results()));
                    if (flags.bidRatio() == null) {
                        insert.setNull(4, Types.NUMERIC);
                    } else {
                        insert.setBigDecimal(4, flags.bidRatio());
                    }
                    insert.addBatch();
                    if (++count % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private void applyFences(Connection c, RedFlagSettings settings) throws SQLException {
        List<long[]> sources = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(
                "select source_id, count(*) from red_flag_process where bid_ratio is not null group by source_id")) {
            while (rs.next()) {
                sources.add(new long[] {rs.getInt(1), rs.getLong(2)});
            }
        }
        for (long[] source : sources) {
            int sourceId = (int) source[0];
            SourceFences.Quartiles quartiles = SourceFences.quartiles(c, sourceId, source[1]);
            BigDecimal lower = settings.r024Threshold() != null ? settings.r024Threshold() : quartiles.lowerFence();
            BigDecimal upper = settings.r058Threshold() != null ? settings.r058Threshold() : quartiles.upperFence();
            saveFence(c, sourceId, "R024", quartiles, lower, source[1], settings.r024Threshold() == null);
            saveFence(c, sourceId, "R058", quartiles, upper, source[1], settings.r058Threshold() == null);
            update(c, sourceId, "R024", "bid_ratio <= ?", lower, true);
            update(c, sourceId, "R058", "bid_ratio >= ?", upper, upper.signum() > 0);
        }
    }

    private static void countPerOrganization(Connection c, String role) throws SQLException {
        Sql sql = new Sql().append("insert into red_flag_organization (role, organization_id, results) select ?, x.* from (",
                role).append(RedFlagQueries.counts(role, RedFlagIndicators.CODES, new Sql())).append(") x");
        try (PreparedStatement statement = sql.prepare(c)) {
            statement.executeUpdate();
        }
    }

    private static void update(Connection c, int sourceId, String code, String flagged, BigDecimal fence,
                               boolean computable) throws SQLException {
        String outcome = computable
                ? "case when " + flagged + " then 'flagged' else 'notFlagged' end"
                : "'notComputable'";
        String reason = computable ? "null" : "'the fence is 0: at least three quarters of the differences are 0'";
        String sql = "update red_flag_process set results = results || jsonb_build_object(?::text, "
                + "jsonb_strip_nulls(jsonb_build_object('outcome', " + outcome + ", 'value', bid_ratio, "
                + "'threshold', ?::numeric, 'reason', " + reason + "))) "
                + "where source_id = ? and bid_ratio is not null";
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            int i = 1;
            statement.setString(i++, code);
            if (computable) {
                statement.setBigDecimal(i++, fence);
            }
            statement.setBigDecimal(i++, fence);
            statement.setInt(i, sourceId);
            statement.executeUpdate();
        }
    }

    private static void saveFence(Connection c, int sourceId, String code, SourceFences.Quartiles quartiles,
                                  BigDecimal fence, long processes, boolean tukey) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("insert into red_flag_fence "
                + "(source_id, indicator, q1, q3, fence, processes) values (?, ?, ?, ?, ?, ?)")) {
            statement.setInt(1, sourceId);
            statement.setString(2, code);
            statement.setBigDecimal(3, tukey ? quartiles.q1() : null);
            statement.setBigDecimal(4, tukey ? quartiles.q3() : null);
            statement.setBigDecimal(5, fence);
            statement.setLong(6, processes);
            statement.executeUpdate();
        }
    }

    private static JsonNode parse(String compiled) {
        try {
            return Json.mapper().readTree(compiled);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable compiled release", e);
        }
    }

    private static String json(Map<String, Assessment> results) {
        Map<String, Map<String, Object>> stored = new LinkedHashMap<>();
        results.forEach((code, assessment) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("outcome", assessment.outcome().name());
            putIfPresent(entry, "value", assessment.value());
            putIfPresent(entry, "threshold", assessment.threshold());
            putIfPresent(entry, "reason", assessment.reason());
            stored.put(code, entry);
        });
        try {
            return Json.mapper().writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> entry, String key, Object value) {
        if (value != null) {
            entry.put(key, value);
        }
    }
}
