package org.opencompras.categories;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.opencompras.ingest.IngestFinished;

/**
 * Keeps every counted item's category current: writes the configured rules to the database and reclassifies all
 * items when they differ from the stored ones, when an ingest finishes, and at start when an ingest ended since
 * the last classification (one that was killed). A refresh commits the rules, the items' categories and a new
 * data version together; readers keep the previous ones until then.
 */
@ApplicationScoped
public class ItemCategoryRefresh {

    private static final Logger LOG = Logger.getLogger(ItemCategoryRefresh.class);

    private static final String STALE = """
            select not (select ispopulated from pg_matviews where schemaname = current_schema()
                        and matviewname = 'process_category')
                or exists (select 1 from change_event e
                           where e.at > (select d.refreshed_at from derived_data d where d.name = 'item_categories'))""";

    @Inject
    DataSource dataSource;

    @Inject
    CategoryRuleBook ruleBook;

    void started(@Observes StartupEvent event) {
        List<Rule> rules = ruleBook.rules().ordered();
        boolean needed;
        try (Connection c = dataSource.getConnection()) {
            needed = !storedRules(c).equals(rules) || stale(c);
        } catch (SQLException e) {
            LOG.warn("Could not check whether the item categories are current", e);
            return;
        }
        if (needed) {
            // At scale a classification takes minutes: the service answers meanwhile (the category endpoints
            // with a 503 until the first one is done).
            Thread thread = new Thread(this::refreshQuietly, "item-categories");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void ingestFinished(@Observes IngestFinished event) {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.error("Could not reclassify the items after ingest run " + event.runId(), e);
        }
    }

    /** Writes the configured rules and classifies every counted item with them. */
    public synchronized void refresh() {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement statement = c.createStatement()) {
                writeRules(c, ruleBook.rules().ordered());
                boolean populated = populated(c);
                String how = populated ? "concurrently " : "";
                statement.execute("refresh materialized view " + how + "item_category");
                statement.execute("refresh materialized view " + how + "process_category");
                statement.execute("update derived_data set generation = generation + 1, refreshed_at = now() "
                        + "where name = 'item_categories'");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not classify the items", e);
        }
        LOG.debugf("Items classified in %.1f s", (System.nanoTime() - started) / 1e9);
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

    private static boolean stale(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(STALE)) {
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

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.error("Could not classify the items", e);
        }
    }
}
