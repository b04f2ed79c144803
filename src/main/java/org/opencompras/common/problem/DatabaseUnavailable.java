package org.opencompras.common.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure of the database to take work (down, restarting, out of connections, no pooled connection free
 * in time) from a fault of the service: the first is answered 503 with {@code Retry-After}, since the same
 * request will succeed once the database is back; the second stays a 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is told to wait before it retries. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQLSTATEs of an unreachable or refusing server; class 08 (connection exceptions) is matched whole. */
    private static final Set<String> STATES = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now: starting up or in recovery
            "53300", // too_many_connections
            "53000", // insufficient_resources
            "53100", // disk_full
            "53200"); // out_of_memory

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not take the work. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || STATES.contains(state);
        }
        // The connection pool's own refusals (no connection free within the acquisition timeout) carry no state.
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.agroal.");
    }
}
