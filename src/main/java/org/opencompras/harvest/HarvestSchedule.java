package org.opencompras.harvest;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Harvests on the schedules set in {@code opencompras.harvest.schedule.*}, all off by default. A run that finds
 * another harvest under way (this instance's, another's, or the command's) skips its turn.
 */
@ApplicationScoped
public class HarvestSchedule {

    private static final Logger LOG = Logger.getLogger(HarvestSchedule.class);

    @Inject
    SercopHarvest sercop;

    @Inject
    HarvestConfig config;

    @Inject
    HarvestClock clock;

    @Scheduled(identity = "harvest-sercop-bulk", cron = "${opencompras.harvest.schedule.sercop-bulk:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sercopBulk() {
        logged("SERCOP bulk", () -> sercop.refresh(Optional.empty(), HarvestListener.NONE));
    }

    @Scheduled(identity = "harvest-sercop-api", cron = "${opencompras.harvest.schedule.sercop-api:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sercopApi() {
        int year = ZonedDateTime.ofInstant(clock.now(), SercopHarvest.ECUADOR).getYear();
        logged("SERCOP API " + year, () -> sercop.api(year, config.schedule().sercopApiMaxRequests(),
                Optional.empty(), HarvestListener.NONE));
    }

    private interface Harvest {
        HarvestReport run() throws HarvestService.Busy, InterruptedException, SQLException;
    }

    private static void logged(String what, Harvest harvest) {
        try {
            HarvestReport report = harvest.run();
            if (report.complete()) {
                LOG.infof("Scheduled harvest of %s: %d units, %d loaded, %d unchanged, %d requests", what,
                        report.units().size(), report.count(UnitOutcome.Result.LOADED),
                        report.count(UnitOutcome.Result.UNCHANGED), report.requests());
            } else {
                report.failures().forEach(f -> LOG.warnf("Scheduled harvest of %s: %s failed: %s", what, f.key(),
                        f.reason()));
            }
        } catch (HarvestService.Busy e) {
            LOG.infof("Scheduled harvest of %s skipped: %s", what, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            LOG.error("Scheduled harvest of " + what + " stopped", e);
        }
    }
}
