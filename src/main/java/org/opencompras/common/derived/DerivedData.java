package org.opencompras.common.derived;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Data the service derives from the stored data and recomputes when an ingest finishes (totals, flat copies of the
 * contracts, classifications, red flags, quality checks), so that the answers built on it are those of the last
 * finished ingest. Each has a row in {@code derived_data} whose generation a refresh moves, which moves the data
 * version: no answer cached before a refresh is served after it. {@link DerivedDataRefresh} runs every refresh.
 */
public interface DerivedData {

    /** Its row in {@code derived_data}. */
    String name();

    /** Recomputes it and moves its generation, in one transaction: readers see the old or the new, never a mix. */
    void refresh();

    /**
     * Refreshes run in stages, lowest first: data that another refresh reads must be in an earlier stage.
     */
    default int stage() {
        return 0;
    }

    /**
     * Whether it must be recomputed when the service starts: by default when a change was committed after its last
     * refresh (an ingest killed before its end, or data loaded before this kind of derived data existed).
     */
    default boolean stale(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select exists (select 1 "
                + "from change_event e where e.at > (select d.refreshed_at from derived_data d where d.name = '"
                + name() + "'))")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * Refreshes materialized views concurrently (readers keep the previous rows until the commit), in the order
     * given, then moves the generation of {@code name}; all in one transaction.
     */
    static void refreshViews(DataSource dataSource, String name, String... views) {
        refreshInTransaction(dataSource, name, c -> {
            try (Statement statement = c.createStatement()) {
                for (String view : views) {
                    statement.execute("refresh materialized view concurrently " + view);
                }
            }
        });
    }

    /** What a refresh does in its transaction. */
    @FunctionalInterface
    interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code work}, then moves the generation of {@code name}; all in one transaction, rolled back on failure. */
    static void refreshInTransaction(DataSource dataSource, String name, Work work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement statement = c.createStatement()) {
                work.run(c);
                moveGeneration(statement, name);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh " + name, e);
        }
    }

    /** Counts a refresh of {@code name}: part of the refresh's own transaction. */
    static void moveGeneration(Statement statement, String name) throws SQLException {
        statement.execute("update derived_data set generation = generation + 1, refreshed_at = now() where name = '"
                + name + "'");
    }
}
