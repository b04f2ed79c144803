package org.opencompras.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The service's connections compile no query just in time (see application.properties). */
@QuarkusTest
class JitOffTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldRunQueriesWithoutJustInTimeCompilation() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show jit")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("off");
        }
    }
}
