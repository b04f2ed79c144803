package org.opencompras.process;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;

/** Binds possibly-null values to a statement, in order, so that the insert code reads column by column. */
final class SqlParams {

    private final PreparedStatement statement;
    private int index;

    SqlParams(PreparedStatement statement) {
        this.statement = statement;
    }

    SqlParams text(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    SqlParams decimal(BigDecimal value) throws SQLException {
        statement.setBigDecimal(++index, value);
        return this;
    }

    SqlParams integer(Integer value) throws SQLException {
        statement.setObject(++index, value, Types.INTEGER);
        return this;
    }

    SqlParams bigint(Long value) throws SQLException {
        statement.setObject(++index, value, Types.BIGINT);
        return this;
    }

    SqlParams time(OffsetDateTime value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(++index, value);
        }
        return this;
    }

    SqlParams textArray(Array value) throws SQLException {
        statement.setArray(++index, value);
        return this;
    }

    SqlParams money(Money value) throws SQLException {
        return decimal(value.amount()).text(value.currency());
    }

    SqlParams period(Period value) throws SQLException {
        return time(value.start()).time(value.end());
    }
}
