package org.opencompras.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.harvest.HarvestTesting.harvest;
import static org.opencompras.harvest.HarvestTesting.unit;
import static org.opencompras.harvest.SercopFixtures.COMPILED;
import static org.opencompras.harvest.SercopFixtures.monthZip;
import static org.opencompras.harvest.SercopFixtures.releasePackage;
import static org.opencompras.harvest.SercopStandIn.count;
import static org.opencompras.harvest.SercopStandIn.month;
import static org.opencompras.harvest.SercopStandIn.monthRequested;
import static org.opencompras.harvest.SercopStandIn.server;
import static org.opencompras.harvest.SercopStandIn.zip;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.opencompras.cli.HarvestCommand;
import org.opencompras.harvest.HarvestTesting.Run;

/** How the harvester treats a busy, failing or slow publisher: the waits are the test clock's, never real ones. */
@QuarkusTest
@WithTestResource(SercopStandIn.class)
class HarvestPolitenessTest {

    @Inject
    HarvestCommand command;

    @Inject
    FakeHarvestClock clock;

    @Test
    void shouldWaitWhatRetryAfterAsksInSecondsThenLoad() {
        YearMonth january = YearMonth.of(2018, 1);
        answerInTurn(january, aResponse().withStatus(429).withHeader("Retry-After", "7"),
                zip(monthZip("2018-01.json", releasePackage(COMPILED, "-hp1"))));
        clock.clearSleeps();
        long started = System.nanoTime();

        Run run = bulk(january);

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(unit("bulk/2018-01").subList(0, 2)).containsExactly("loaded", "200");
        assertThat(unit("bulk/2018-01").get(7)).isEqualTo("2");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldWaitUntilARetryAfterDate() {
        YearMonth february = YearMonth.of(2018, 2);
        String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(clock.now().plusSeconds(30).atOffset(ZoneOffset.UTC));
        answerInTurn(february, aResponse().withStatus(503).withHeader("Retry-After", inThirtySeconds),
                zip(monthZip("2018-02.json", releasePackage(COMPILED, "-hp2"))));
        clock.clearSleeps();

        Run run = bulk(february);

        assertThat(run.exit()).as(run.stderr()).isZero();
        // The date has whole seconds; the test clock may stand a fraction of a second past one.
        assertThat(clock.sleeps()).hasSize(1);
        assertThat(clock.sleeps().get(0)).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30));
    }

    @Test
    void shouldBackOffExponentiallyWithJitterOnServerErrors() {
        YearMonth march = YearMonth.of(2018, 3);
        answerInTurn(march, aResponse().withStatus(500), aResponse().withStatus(502),
                zip(monthZip("2018-03.json", releasePackage(COMPILED, "-hp3"))));
        clock.clearSleeps();

        Run run = bulk(march);

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(clock.sleeps()).hasSize(2);
        assertThat(clock.sleeps().get(0)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
        assertThat(clock.sleeps().get(1)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(unit("bulk/2018-03").get(7)).isEqualTo("3");
    }

    @Test
    void shouldGiveUpAfterFiveAttempts() {
        YearMonth april = YearMonth.of(2018, 4);
        server().stubFor(month(april).willReturn(aResponse().withStatus(500)));
        clock.clearSleeps();

        Run run = bulk(april);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("failed bulk/2018-04").contains("HTTP 500 (server error) (5 attempts)");
        assertThat(count(monthRequested(april))).isEqualTo(5);
        assertThat(clock.sleeps()).hasSize(4);
        assertThat(unit("bulk/2018-04").subList(0, 2)).containsExactly("failed", "500");
    }

    @Test
    void shouldFailAtOnceOnAnswersThatRetryingCannotMend() {
        YearMonth may = YearMonth.of(2018, 5);
        YearMonth june = YearMonth.of(2018, 6);
        server().stubFor(month(may).willReturn(aResponse().withStatus(404)));
        server().stubFor(month(june).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")));

        Run run = harvest(command, "sercop", "--mode", "bulk", "--from", "2018-05", "--to", "2018-06");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("failed bulk/2018-05").contains("): HTTP 404")
                .contains("the server asks to wait 86400 s, longer than opencompras.harvest.backoff-max");
        assertThat(count(monthRequested(may))).isEqualTo(1);
        assertThat(count(monthRequested(june))).isEqualTo(1);
    }

    @Test
    void shouldRetryAnAnswerSlowerThanTheReadTimeout() {
        YearMonth july = YearMonth.of(2018, 7);
        byte[] whole = monthZip("2018-07.json", releasePackage(COMPILED, "-hp7"));
        // The read timeout is three seconds in tests (SercopStandIn).
        answerInTurn(july, zip(whole).withFixedDelay(4500), zip(whole));

        Run run = bulk(july);

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(unit("bulk/2018-07").subList(0, 2)).containsExactly("loaded", "200");
        assertThat(unit("bulk/2018-07").get(7)).isEqualTo("2");
        assertThat(count(monthRequested(july))).isEqualTo(2);
    }

    private Run bulk(YearMonth month) {
        return harvest(command, "sercop", "--mode", "bulk", "--from", month.toString(), "--to", month.toString());
    }

    /** The month answers each of these once, in turn, then the last one ever after. */
    private static void answerInTurn(YearMonth month, ResponseDefinitionBuilder... answers) {
        String scenario = "answers of " + month;
        for (int i = 0; i < answers.length; i++) {
            var stub = month(month).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i);
            if (i + 1 < answers.length) {
                stub = stub.willSetStateTo("answer " + (i + 1));
            }
            server().stubFor(stub.willReturn(answers[i]));
        }
    }
}
