package org.opencompras.common.api;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads one page of a list by keyset: the rows after a position in a total order, found through an index
 * whatever the depth, never by OFFSET. A position is the sort values of the last row served; when the first
 * sort key can be null, the rows where it is null form a second run after all the others.
 *
 * @param select the select list (without the sort keys, which are added)
 * @param from   the from clause with its joins; it may bind values, say {@code cross join
 *               websearch_to_tsquery('es_unaccent', ?) query}, for sort keys to use
 * @param where  the filters, joined by {@code and}; empty for none
 */
public record KeysetQuery(String select, Sql from, Sql where) {

    private static final String VALUES_RUN = "v";
    private static final String NULLS_RUN = "n";

    /** Maps the current row of a result set; the sort keys are read separately. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Takes the rows of a whole list one by one, as they are read. */
    @FunctionalInterface
    public interface RowHandler<T> {
        void handle(T row) throws IOException;
    }

    /**
     * @param rows the rows of the page
     * @param next the position after its last row, to put in the next cursor; null when there is no next page
     */
    public record Page<T>(List<T> rows, List<String> next) {
    }

    /** The page of {@code limit} rows after {@code after} (null: the first page). */
    public <T> Page<T> page(Connection c, SortOrder order, List<String> after, int limit, RowMapper<T> mapper)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        List<List<String>> positions = new ArrayList<>();
        boolean inNullsRun = after != null && NULLS_RUN.equals(after.get(0));
        if (!inNullsRun) {
            read(c, valuesRun(order, after, limit + 1), order, mapper, rows, positions, VALUES_RUN);
        }
        if (order.firstKeyNullable() && rows.size() <= limit) {
            List<String> nullsAfter = inNullsRun ? after : null;
            read(c, nullsRun(order, nullsAfter, limit + 1 - rows.size()), order, mapper, rows, positions, NULLS_RUN);
        }
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        return new Page<>(rows.subList(0, limit), positions.get(limit - 1));
    }

    /**
     * Every matching row, in order, handed over as it is read: with autocommit off the driver fetches
     * {@code fetchSize} rows at a time through a server-side cursor, so memory does not grow with the list. Run it
     * in one repeatable-read transaction (see {@link ReadSnapshot}) so that the values run and the nulls run see
     * the same data.
     */
    public <T> void forEach(Connection c, SortOrder order, int fetchSize, RowMapper<T> mapper, RowHandler<T> handler)
            throws SQLException, IOException {
        stream(c, valuesRun(order, null, 0), fetchSize, mapper, handler);
        if (order.firstKeyNullable()) {
            stream(c, nullsRun(order, null, 0), fetchSize, mapper, handler);
        }
    }

    /**
     * Whether a cursor's values fit this order: the right count, a known run, and each value one its key's type
     * can hold, so that no edited cursor makes the database fail.
     */
    public static boolean fits(SortOrder order, List<String> position) {
        if (position.size() != order.keys().size() + 1
                || !(VALUES_RUN.equals(position.get(0)) || NULLS_RUN.equals(position.get(0)) && order.firstKeyNullable())) {
            return false;
        }
        for (int i = 0; i < order.keys().size(); i++) {
            String value = position.get(i + 1);
            if (value != null && !order.keys().get(i).accepts(value)) {
                return false;
            }
        }
        return true;
    }

    private Sql valuesRun(SortOrder order, List<String> after, int count) {
        List<SortKey> keys = order.keys();
        Sql sql = base(order, keys);
        List<String> conditions = new ArrayList<>();
        if (order.firstKeyNullable()) {
            conditions.add(keys.get(0).expression() + " is not null");
        }
        Sql filter = filters(conditions);
        if (after != null) {
            filter.append(filter.isEmpty() ? " where " : " and ");
            appendAfter(filter, order.descending(), keys, after.subList(1, after.size()));
        }
        return sql.append(filter).append(orderBy(order, keys)).append(limit(count));
    }

    private Sql nullsRun(SortOrder order, List<String> after, int count) {
        List<SortKey> keys = order.keys();
        List<SortKey> rest = keys.subList(1, keys.size());
        Sql sql = base(order, keys);
        Sql filter = filters(List.of(keys.get(0).expression() + " is null"));
        if (after != null) {
            filter.append(" and ");
            appendAfter(filter, order.descending(), rest, after.subList(2, after.size()));
        }
        return sql.append(filter).append(orderBy(order, rest)).append(limit(count));
    }

    /** A limit clause; none for a count of 0 (a whole list). */
    private static String limit(int count) {
        return count > 0 ? " limit " + count : "";
    }

    private Sql base(SortOrder order, List<SortKey> keys) {
        String keyColumns = IntStream.range(0, keys.size())
                .mapToObj(i -> "(" + keys.get(i).expression() + ")::text as sort_key_" + i)
                .collect(Collectors.joining(", "));
        return new Sql().append("select " + select + ", " + keyColumns + " from ").append(from);
    }

    private Sql filters(List<String> extra) {
        Sql filter = new Sql();
        if (!where.isEmpty()) {
            filter.append(" where (").append(where).append(")");
        }
        for (String condition : extra) {
            filter.append(filter.isEmpty() ? " where " : " and ").append(condition);
        }
        return filter;
    }

    private static void appendAfter(Sql sql, boolean descending, List<SortKey> keys, List<String> values) {
        String columns = keys.stream().map(SortKey::expression).collect(Collectors.joining(", "));
        String casts = keys.stream().map(key -> "cast(? as " + key.type() + ")").collect(Collectors.joining(", "));
        sql.append("(" + columns + ") " + (descending ? "<" : ">") + " (" + casts + ")", values.toArray());
    }

    private static Sql orderBy(SortOrder order, List<SortKey> keys) {
        String direction = order.descending() ? " desc" : "";
        return new Sql().append(" order by " + keys.stream().map(key -> key.expression() + direction)
                .collect(Collectors.joining(", ")));
    }

    /** The number of rows matching the filters. */
    public long count(Connection c) throws SQLException {
        Sql sql = new Sql().append("select count(*) from ").append(from).append(filters(List.of()));
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static <T> void stream(Connection c, Sql sql, int fetchSize, RowMapper<T> mapper, RowHandler<T> handler)
            throws SQLException, IOException {
        try (PreparedStatement statement = sql.prepare(c)) {
            statement.setFetchSize(fetchSize);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(mapper.map(rs));
                }
            }
        }
    }

    private static <T> void read(Connection c, Sql sql, SortOrder order, RowMapper<T> mapper, List<T> rows,
            List<List<String>> positions, String run) throws SQLException {
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(mapper.map(rs));
                List<String> position = new ArrayList<>();
                position.add(run);
                for (int i = 0; i < order.keys().size(); i++) {
                    position.add(rs.getString("sort_key_" + i));
                }
                positions.add(position);
            }
        }
    }
}
