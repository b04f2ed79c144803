package org.opencompras.redflags;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The quartiles of one source's winning bid differences, as Cardinal computes them (the median-unbiased
 * estimate, Hyndman and Fan's type 8, that its statistics library uses), read from the database one order statistic
 * at a time through the index, so that no list of a million values is held in memory.
 */
final class SourceFences {

    private static final BigDecimal TUKEY = new BigDecimal("1.5");

    private SourceFences() {
    }

    /** The quartiles of a source's differences; q1 at 0.25, q3 at 0.75. */
    record Quartiles(BigDecimal q1, BigDecimal q3) {

        BigDecimal lowerFence() {
            return q1.subtract(TUKEY.multiply(q3.subtract(q1)));
        }

        BigDecimal upperFence() {
            return q3.add(TUKEY.multiply(q3.subtract(q1)));
        }
    }

    static Quartiles quartiles(Connection c, int sourceId, long n) throws SQLException {
        // h = (n + 1/3) tau + 1/3, in twelfths: 3n + 5 at tau = 1/4, 9n + 7 at tau = 3/4.
        return new Quartiles(quantile(c, sourceId, n, 3 * n + 5), quantile(c, sourceId, n, 9 * n + 7));
    }

    private static BigDecimal quantile(Connection c, int sourceId, long n, long twelfths) throws SQLException {
        long whole = twelfths / 12;
        long rest = twelfths % 12;
        if (whole <= 0) {
            return at(c, sourceId, 0);
        }
        if (whole >= n) {
            return at(c, sourceId, n - 1);
        }
        BigDecimal a = at(c, sourceId, whole - 1);
        BigDecimal b = at(c, sourceId, whole);
        return a.add(b.subtract(a).multiply(BigDecimal.valueOf(rest))
                .divide(BigDecimal.valueOf(12), WinningBidDifference.SCALE, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal at(Connection c, int sourceId, long index) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("select bid_ratio from red_flag_process "
                + "where source_id = ? and bid_ratio is not null order by bid_ratio offset ? limit 1")) {
            statement.setInt(1, sourceId);
            statement.setLong(2, index);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
