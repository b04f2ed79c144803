package org.opencompras.common.health;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's connections must find its tables in the schema Flyway migrates. The schema is given to the driver
 * as a property ({@code currentSchema}), so a JDBC URL without one works; a URL that names another schema wins over
 * the property, and then the service refuses to start, and readiness goes down, rather than answer every query
 * with an error.
 */
@ApplicationScoped
public class DatabaseSchema {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.flyway.schemas")
    List<String> schemas;

    /** Before anything else reads the database, at the start of the service and of every command. */
    void verify(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) throws SQLException {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            throw new IllegalStateException(problem.get());
        }
    }

    /** Why the connections do not see the tables, or empty when they do. */
    Optional<String> problem() throws SQLException {
        String expected = schemas.get(0);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_schema()")) {
            String current = rs.next() ? rs.getString(1) : null;
            if (expected.equals(current)) {
                return Optional.empty();
            }
            return Optional.of("The database connections use " + (current == null ? "no existing schema"
                    : "the schema '" + current + "'") + ", but the tables are in '" + expected + "': remove the "
                    + "currentSchema parameter from the JDBC URL (QUARKUS_DATASOURCE_JDBC_URL), or make it "
                    + "currentSchema=" + expected);
        }
    }
}
