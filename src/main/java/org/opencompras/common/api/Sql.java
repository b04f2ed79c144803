package org.opencompras.common.api;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.jdbc.Jdbc;

/** SQL text with its parameters, built piece by piece; values are always bound, never written into the text. */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql append(String sql, Object... values) {
        text.append(sql);
        params.addAll(List.of(values));
        return this;
    }

    public Sql append(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public String text() {
        return text.toString();
    }

    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement statement = c.prepareStatement(text.toString());
        try {
            // Filters change which index is best: plan with the actual values every time.
            Jdbc.planEachTime(statement);
            bind(c, statement);
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    private void bind(Connection c, PreparedStatement statement) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            int index = i + 1;
            if (value instanceof List<?> list) {
                statement.setArray(index, c.createArrayOf("text", list.toArray()));
            } else if (value instanceof OffsetDateTime time) {
                statement.setObject(index, time);
            } else if (value instanceof BigDecimal amount) {
                statement.setBigDecimal(index, amount);
            } else {
                statement.setObject(index, value);
            }
        }
    }
}
