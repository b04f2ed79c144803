package org.opencompras.categories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.opencompras.common.derived.DerivedData;

/**
 * Keeps every counted item's category current: writes the configured rules to the database and reclassifies all
 * items when an ingest finishes, and at start when the rules differ from the stored ones or the items changed
 * since the last classification. A refresh commits the rules, the items' categories and a new data version
 * together; readers keep the previous ones until then. At scale a classification takes minutes: until the first
 * one is done the category endpoints answer 503.
 */
@ApplicationScoped
public class ItemCategoryRefresh implements DerivedData {

    @Inject
    DataSource dataSource;

    @Inject
    CategoryRuleBook ruleBook;

    @Override
    public String name() {
        return "item_categories";
    }

    /** Stale when the configured rules are not the stored ones, or the items changed since they were classified. */
    @Override
    public boolean stale(Connection c) throws SQLException {
        return !storedRules(c).equals(ruleBook.rules().ordered()) || !populated(c) || DerivedData.super.stale(c);
    }

    /** Writes the configured rules and classifies every counted item with them. */
    @Override
    public synchronized void refresh() {
        DerivedData.refreshInTransaction(dataSource, name(), c -> {
            writeRules(c, ruleBook.rules().ordered());
            String how = populated(c) ? "concurrently " : "";
            try (Statement statement = c.createStatement()) {
                statement.execute("refresh materialized view " + how + "item_category");
                statement.execute("refresh materialized view " + how + "process_category");
            }
        });
    }

    /** Whether the items have been classified at least once, so that the category answers can be given. */
    public boolean ready(Connection c) throws SQLException {
        return populated(c);
    }

    private static boolean populated(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select ispopulated from pg_matviews "
                + "where schemaname = current_schema() and matviewname = 'process_category'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static List<Rule> storedRules(Connection c) throws SQLException {
        List<Rule> rules = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select position, category, kind, rule from category_rule order by position")) {
            while (rs.next()) {
                rules.add(new Rule(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return rules;
    }

    private static void writeRules(Connection c, List<Rule> rules) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from category_rule");
        }
        try (PreparedStatement insert = c.prepareStatement("insert into category_rule (position, category, kind, "
                + "rule, pattern) values (?, ?, ?, ?, case when ? = 'keyword' then trim(match_words(?)) else ? end)")) {
            for (Rule rule : rules) {
                insert.setInt(1, rule.position());
                insert.setString(2, rule.category());
                insert.setString(3, rule.kind());
                insert.setString(4, rule.rule());
                insert.setString(5, rule.kind());
                insert.setString(6, rule.rule());
                insert.setString(7, rule.rule());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

}
