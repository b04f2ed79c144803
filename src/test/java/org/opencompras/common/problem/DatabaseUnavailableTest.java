package org.opencompras.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void shouldTellTheDatabaseRefusingWorkFromAFault() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("too many clients", "53300"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(
                new IllegalStateException("Could not read", new SQLException("I/O error", "08006")))).isTrue();

        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void shouldTakeThePoolsTimeoutForAnUnavailableDatabase() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        timeout.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", null, -1)});
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("Could not read", timeout))).isTrue();
    }
}
