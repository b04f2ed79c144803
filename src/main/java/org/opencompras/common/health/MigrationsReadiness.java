package org.opencompras.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/**
 * Ready only when every database migration has run and the service's connections see the migrated schema (the
 * datasource check covers "the database answers").
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    @Inject
    Flyway flyway;

    @Inject
    DatabaseSchema schema;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Database migrations");
        try {
            var wrongSchema = schema.problem();
            if (wrongSchema.isPresent()) {
                return builder.down().withData("error", wrongSchema.get()).build();
            }
            var info = flyway.info();
            int pending = info.pending().length;
            var current = info.current();
            return builder.status(pending == 0 && current != null)
                    .withData("schemaVersion", current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending)
                    .build();
        } catch (SQLException | RuntimeException e) {
            return builder.down().withData("error", "the database did not answer").build();
        }
    }
}
