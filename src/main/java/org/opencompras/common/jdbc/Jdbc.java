package org.opencompras.common.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGStatement;

/** Small JDBC helpers shared by the code that talks SQL directly. */
public final class Jdbc {

    private Jdbc() {
    }

    /**
     * Has the statement planned at every execution. A statement the driver has prepared on the server keeps
     * the plan made at that time for every later use on the pooled connection; made while the tables were
     * still small, such a plan can scan a whole table ever after. A batch runs each of these statements once,
     * so planning them anew costs nothing that matters.
     */
    public static void planEachTime(PreparedStatement statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }

    /**
     * Sets {@code work_mem} for the rest of the current transaction: the memory each sort or hash of a query may
     * use before it spills to disk (queries that group millions of rows need more than the server's default).
     */
    public static void workMemForTransaction(Connection c, String workMem) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("select set_config('work_mem', ?, true)")) {
            statement.setString(1, workMem);
            statement.execute();
        }
    }

    /** A {@code text[]} parameter. */
    public static Array textArray(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }
}
