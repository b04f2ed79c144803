package org.opencompras.harvest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencompras.harvest.HarvestTesting.harvest;
import static org.opencompras.harvest.SercopFixtures.COMPILED;
import static org.opencompras.harvest.SercopFixtures.monthZip;
import static org.opencompras.harvest.SercopFixtures.releasePackage;
import static org.opencompras.harvest.SercopStandIn.month;
import static org.opencompras.harvest.SercopStandIn.server;
import static org.opencompras.harvest.SercopStandIn.zip;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opencompras.cli.HarvestCommand;
import org.opencompras.harvest.HarvestTesting.Run;

/** The harvest's health report, and the lock that keeps harvests one at a time. */
@QuarkusTest
@WithTestResource(SercopStandIn.class)
class HarvestHealthTest {

    private static final String CHECK = "checks.find { it.name == 'Harvests' }";

    @Inject
    HarvestCommand command;

    @Inject
    FakeHarvestClock clock;

    @Inject
    DataSource dataSource;

    @Test
    void shouldReportAStaleSourceWithoutFailingReadiness() {
        server().stubFor(month(YearMonth.of(2018, 8)).willReturn(zip(monthZip("2018-08.json",
                releasePackage(COMPILED, "-hh1")))));
        assertThat(harvest(command, "sercop", "--mode", "bulk", "--from", "2018-08", "--to", "2018-08").exit())
                .isZero();
        String harvestedAt = clock.now().toString();

        given().when().get("/q/health/ready").then().statusCode(200)
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.'SERCOP.stale'", equalTo(false))
                .body(CHECK + ".data.'SERCOP.lastSuccessfulHarvest'", equalTo(harvestedAt));

        clock.advance(Duration.ofDays(3));

        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.'SERCOP.stale'", equalTo(true))
                .body(CHECK + ".data.'SERCOP.lastSuccessfulHarvest'", equalTo(harvestedAt));
    }

    @Test
    void shouldRefuseToStartWhileAnotherHarvestHoldsTheLock() throws Exception {
        Run run;
        try (HarvestLock held = HarvestLock.tryTake(dataSource)) {
            assertThat(held).isNotNull();
            run = harvest(command, "sercop", "--mode", "bulk", "--from", "2018-09", "--to", "2018-09");
        }

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).contains("Harvest stopped: another harvest is running against this database");
        assertThat(SercopStandIn.count(SercopStandIn.monthRequested(YearMonth.of(2018, 9)))).isZero();
        // Released with the run: the next one may start.
        try (HarvestLock again = HarvestLock.tryTake(dataSource)) {
            assertThat(again).isNotNull();
        }
    }
}
