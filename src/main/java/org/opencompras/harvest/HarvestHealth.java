package org.opencompras.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Tells, for each harvested source, when it last harvested successfully and whether that is longer ago than
 * {@code opencompras.harvest.stale-after}. Always up: stale data is still worth serving, so it is a report for
 * whoever watches, not a reason to take the service out of rotation.
 */
@Readiness
@ApplicationScoped
public class HarvestHealth implements HealthCheck {

    static final String NAME = "Harvests";

    @Inject
    DataSource dataSource;

    @Inject
    HarvestConfig config;

    @Inject
    HarvestClock clock;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME).up();
        String sql = """
                select s.name, max(u.last_success_at), count(*) filter (where u.status = 'failed')
                from harvest_unit u join source s on s.id = u.source_id
                group by s.name order by s.name""";
        Instant staleBefore = clock.now().minus(config.staleAfter());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String source = rs.getString(1);
                Timestamp last = rs.getTimestamp(2);
                boolean stale = last == null || last.toInstant().isBefore(staleBefore);
                builder.withData(source + ".lastSuccessfulHarvest", last == null ? "never" : last.toInstant().toString())
                        .withData(source + ".stale", stale)
                        .withData(source + ".failingUnits", rs.getLong(3));
            }
        } catch (SQLException e) {
            builder.withData("error", "the harvest records could not be read");
        }
        return builder.build();
    }
}
