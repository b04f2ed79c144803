package org.opencompras.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencompras.harvest.HarvestTesting.harvest;
import static org.opencompras.harvest.HarvestTesting.releases;
import static org.opencompras.harvest.HarvestTesting.sha256;
import static org.opencompras.harvest.HarvestTesting.unit;
import static org.opencompras.harvest.SercopFixtures.COMPILED;
import static org.opencompras.harvest.SercopFixtures.PLANNING;
import static org.opencompras.harvest.SercopFixtures.monthZip;
import static org.opencompras.harvest.SercopFixtures.releasePackage;
import static org.opencompras.harvest.SercopStandIn.count;
import static org.opencompras.harvest.SercopStandIn.month;
import static org.opencompras.harvest.SercopStandIn.monthRequested;
import static org.opencompras.harvest.SercopStandIn.server;
import static org.opencompras.harvest.SercopStandIn.zip;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.opencompras.TestDatabase;
import org.opencompras.common.json.Json;
import org.opencompras.ingest.IngestService;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.ReadProgress;
import org.opencompras.cli.HarvestCommand;
import org.opencompras.harvest.HarvestTesting.Run;

/** Bulk harvests of SERCOP's monthly files against the local stand-in; each test has months of its own. */
@QuarkusTest
@WithTestResource(SercopStandIn.class)
class HarvestBulkTest {

    @Inject
    HarvestCommand command;

    @Inject
    SercopHarvest sercop;

    @Inject
    FakeHarvestClock clock;

    @Inject
    IngestService ingest;

    @Test
    void shouldLoadEveryMonthOfTheRangeAndRecordEachUnit() {
        byte[] january = monthZip("2019-01.json", releasePackage(COMPILED, "-hb1"), releasePackage(PLANNING, "-hb1"));
        byte[] february = monthZip("2019-02.json", releasePackage(COMPILED, "-hb2"));
        server().stubFor(month(YearMonth.of(2019, 1)).willReturn(zip(january)));
        server().stubFor(month(YearMonth.of(2019, 2)).willReturn(zip(february)));

        Run run = harvest(command, "sercop", "--mode", "bulk", "--from", "2019-01", "--to", "2019-02");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("[1/2] bulk/2019-01: loaded 2 releases (2 new, 0 replaced)")
                .contains("[2/2] bulk/2019-02: loaded 1 releases (1 new, 0 replaced)").contains("failed:     0");
        assertThat(unit("bulk/2019-01").subList(0, 9)).containsExactly("loaded", "200", sha256(january),
                String.valueOf(january.length), "2", "2", "0", "1", null);
        assertThat(unit("bulk/2019-02").subList(0, 9)).containsExactly("loaded", "200", sha256(february),
                String.valueOf(february.length), "1", "1", "0", "1", null);
        assertThat(TestDatabase.text("select url from harvest_unit where unit_key = 'bulk/2019-01'"))
                .isEqualTo(server().baseUrl() + "/PLATAFORMA/download?type=json&year=2019&month=01&method=all");
        assertThat(TestDatabase.column("select ocid from release where ocid like '%-hb_' order by ocid"))
                .containsExactly(PLANNING + "-hb1", COMPILED + "-hb1", COMPILED + "-hb2");
        assertThat(TestDatabase.text("select s.name from release r join source s on s.id = r.source_id "
                + "where r.ocid = '" + COMPILED + "-hb2'")).isEqualTo("SERCOP");
        server().verify(monthRequested(YearMonth.of(2019, 1))
                .withHeader("User-Agent", matching("OpenCompras-harvester/.+")));
    }

    @Test
    void shouldChangeNothingWhenTheSameRangeIsHarvestedAgain() {
        byte[] march = monthZip("2019-03.json", releasePackage(COMPILED, "-hr1"), releasePackage(PLANNING, "-hr1"));
        server().stubFor(month(YearMonth.of(2019, 3)).willReturn(zip(march)));
        assertThat(harvest(command, "sercop", "--mode", "bulk", "--from", "2019-03", "--to", "2019-03").exit())
                .isZero();
        String data = releases("-hr1");
        List<String> unit = unit("bulk/2019-03");
        long events = HarvestTesting.changeEvents();
        long ingests = HarvestTesting.ingestRuns();

        Run again = harvest(command, "sercop", "--mode", "bulk", "--from", "2019-03", "--to", "2019-03");

        assertThat(again.exit()).isZero();
        assertThat(again.stderr()).contains("bulk/2019-03: unchanged").contains("unchanged:  1");
        assertThat(releases("-hr1")).isEqualTo(data).contains(COMPILED + "-hr1");
        assertThat(unit("bulk/2019-03")).isEqualTo(unit);
        assertThat(HarvestTesting.changeEvents()).isEqualTo(events);
        assertThat(HarvestTesting.ingestRuns()).isEqualTo(ingests);
        assertThat(count(monthRequested(YearMonth.of(2019, 3)))).isEqualTo(2);
    }

    @Test
    void shouldRetryATruncatedDownloadAndLoadTheWholeOne() {
        byte[] april = monthZip("2019-04.json", releasePackage(COMPILED, "-ht1"));
        server().stubFor(month(YearMonth.of(2019, 4)).inScenario("truncated april")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("whole")
                .willReturn(zip(SercopFixtures.truncated(april, 0.6))));
        server().stubFor(month(YearMonth.of(2019, 4)).inScenario("truncated april")
                .whenScenarioStateIs("whole").willReturn(zip(april)));
        clock.clearSleeps();

        Run run = harvest(command, "sercop", "--mode", "bulk", "--from", "2019-04", "--to", "2019-04");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(unit("bulk/2019-04").subList(0, 9)).containsExactly("loaded", "200", sha256(april),
                String.valueOf(april.length), "1", "1", "0", "2", null);
        // One wait between the two attempts: the first backoff, 5 s halved plus up to as much jitter.
        assertThat(clock.sleeps()).hasSize(1);
        assertThat(clock.sleeps().get(0)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
    }

    @Test
    void shouldNeverIngestADownloadThatStaysTruncated() {
        byte[] may = monthZip("2019-05.json", releasePackage(COMPILED, "-ht2"));
        server().stubFor(month(YearMonth.of(2019, 5)).willReturn(zip(SercopFixtures.truncated(may, 0.9))));

        Run run = harvest(command, "sercop", "--mode", "bulk", "--from", "2019-05", "--to", "2019-05");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("failed bulk/2019-05 (" + server().baseUrl())
                .contains("incomplete download: truncated or corrupt zip archive").contains("(5 attempts)");
        assertThat(unit("bulk/2019-05").subList(0, 8)).containsExactly("failed", "200", null, null, "0", "0", "0",
                "5");
        assertThat(releases("-ht2")).isNull();
        assertThat(count(monthRequested(YearMonth.of(2019, 5)))).isEqualTo(5);
    }

    @Test
    void shouldLogAReleaseReissuedInALaterCopyOfTheMonthAsAReplacement() {
        String first = releasePackage(COMPILED, "-hx1");
        server().stubFor(month(YearMonth.of(2019, 6)).willReturn(zip(monthZip("2019-06.json", first))));
        assertThat(harvest(command, "sercop", "--mode", "bulk", "--from", "2019-06", "--to", "2019-06").exit())
                .isZero();
        byte[] later = monthZip("2019-06.json", first.replace("\"amount\":125900", "\"amount\":125990"));
        server().stubFor(month(YearMonth.of(2019, 6)).willReturn(zip(later)));

        Run run = harvest(command, "sercop", "--mode", "bulk", "--from", "2019-06", "--to", "2019-06");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("bulk/2019-06: loaded 1 releases (0 new, 1 replaced)");
        assertThat(unit("bulk/2019-06").subList(0, 7)).containsExactly("loaded", "200", sha256(later),
                String.valueOf(later.length), "1", "0", "1");
        String ocid = COMPILED + "-hx1";
        assertThat(TestDatabase.count("select count(*) from release_replacement where ocid = '" + ocid + "'"))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from change_event where kind = 'release_replaced' "
                + "and ocid = '" + ocid + "'")).isEqualTo(1);
        assertThat(TestDatabase.text("select data::text from release where ocid = '" + ocid + "'"))
                .contains("\"amount\":125990");
    }

    @Test
    void shouldFailACaptchaMonthLoadTheOthersAndExitTwo() {
        server().stubFor(month(YearMonth.of(2019, 7)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(SercopFixtures.CAPTCHA_PAGE)));
        server().stubFor(month(YearMonth.of(2019, 8)).willReturn(zip(monthZip("2019-08.json",
                releasePackage(COMPILED, "-hc1")))));
        // A maintenance page sent under the zip's type is recognised by its content.
        server().stubFor(month(YearMonth.of(2019, 9)).willReturn(zip(
                SercopFixtures.CAPTCHA_PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        Run run = harvest(command, "sercop", "--mode", "bulk", "--from", "2019-07", "--to", "2019-09");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr())
                .contains("failed bulk/2019-07 (" + server().baseUrl()
                        + "/PLATAFORMA/download?type=json&year=2019&month=07&method=all): the server answered "
                        + "with an HTML page (a captcha or maintenance page?), not data")
                .contains("failed bulk/2019-09").contains("failed:     2");
        assertThat(unit("bulk/2019-07").get(0)).isEqualTo("failed");
        assertThat(unit("bulk/2019-08").subList(0, 6)).containsExactly("loaded", "200",
                unit("bulk/2019-08").get(2), unit("bulk/2019-08").get(3), "1", "1");
        assertThat(releases("-hc1")).contains(COMPILED + "-hc1");
        // A captcha is not worth asking again at once.
        assertThat(count(monthRequested(YearMonth.of(2019, 7)))).isEqualTo(1);
    }

    @Test
    void shouldResumeAKilledRunWithoutLoadingDoneUnitsAgain() throws Exception {
        List<YearMonth> months = List.of(YearMonth.of(2019, 10), YearMonth.of(2019, 11), YearMonth.of(2019, 12),
                YearMonth.of(2020, 1));
        for (int i = 0; i < months.size(); i++) {
            server().stubFor(month(months.get(i)).willReturn(zip(monthZip(months.get(i) + ".json",
                    releasePackage(COMPILED, "-hk" + i)))));
        }
        HarvestListener killedAfterTwo = new HarvestListener() {
            @Override
            public void unitDone(UnitOutcome outcome, int done, int planned) {
                if (done == 2) {
                    throw new IllegalStateException("killed");
                }
            }
        };
        assertThatThrownBy(() -> sercop.bulk(months.get(0), months.get(3), Optional.empty(), killedAfterTwo))
                .hasMessage("killed");
        assertThat(unit("bulk/2019-11").get(0)).isEqualTo("loaded");
        assertThat(unit("bulk/2019-12")).isNull();
        String loadedAt = unit("bulk/2019-10").get(9);

        Run run = harvest(command, "sercop", "--mode", "bulk", "--from", "2019-10", "--to", "2020-01");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("bulk/2019-10: unchanged").contains("bulk/2019-11: unchanged")
                .contains("bulk/2019-12: loaded 1 releases (1 new").contains("bulk/2020-01: loaded 1 releases (1 new");
        assertThat(unit("bulk/2019-10").get(9)).isEqualTo(loadedAt);
        assertThat(TestDatabase.column("select ocid from release where ocid like '%-hk_' order by ocid"))
                .containsExactly(COMPILED + "-hk0", COMPILED + "-hk1", COMPILED + "-hk2", COMPILED + "-hk3");
    }

    @Test
    void shouldFinishAUnitWhoseIngestWasKilledHalfWay() {
        String first = releasePackage(COMPILED, "-hm1");
        String second = releasePackage(PLANNING, "-hm1");
        server().stubFor(month(YearMonth.of(2020, 2)).willReturn(zip(monthZip("2020-02.json", first, second))));
        // A run killed while ingesting the month: its first batch committed, the unit still stands running.
        var reader = new OcdsReader(Json.mapper());
        var progress = new ReadProgress();
        ingest.ingest("SERCOP", "harvest", sink -> reader.read(new ByteArrayInputStream(
                first.getBytes(StandardCharsets.UTF_8)), "first-batch.json", sink, progress), progress);
        assertThat(releases("-hm1")).contains(COMPILED + "-hm1").doesNotContain(PLANNING);
        TestDatabase.execute("insert into harvest_unit (source_id, unit_key, kind, url, status) "
                + "select id, 'bulk/2020-02', 'bulk-month', 'killed', 'running' from source where name = 'SERCOP'");

        Run run = harvest(command, "sercop", "--mode", "bulk", "--from", "2020-02", "--to", "2020-02");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("bulk/2020-02: loaded 2 releases (1 new, 0 replaced)");
        assertThat(unit("bulk/2020-02").subList(0, 7)).containsExactly("loaded", "200", unit("bulk/2020-02").get(2),
                unit("bulk/2020-02").get(3), "2", "1", "0");
        assertThat(TestDatabase.column("select ocid from release where ocid like '%-hm1' order by ocid"))
                .containsExactly(PLANNING + "-hm1", COMPILED + "-hm1");
    }

    @Test
    void shouldFetchNewMonthsAndOnlyTheRecentOnesAgainByDefault() {
        // The test clock stands in December 2026 and the first month is set to March 2026 (SercopStandIn).
        for (int m = 3; m <= 12; m++) {
            server().stubFor(month(YearMonth.of(2026, m)).willReturn(zip(monthZip("2026-" + m + ".json",
                    releasePackage(PLANNING, "-hd" + m)))));
        }

        Run first = harvest(command, "sercop");
        Run second = harvest(command, "sercop");

        assertThat(first.exit()).as(first.stderr()).isZero();
        assertThat(first.stderr()).contains("[10/10] bulk/2026-12: loaded 1 releases (1 new");
        assertThat(second.exit()).isZero();
        assertThat(second.stderr()).contains("[1/6] bulk/2026-07: unchanged").contains("[6/6] bulk/2026-12: unchanged");
        for (int m = 3; m <= 12; m++) {
            assertThat(count(monthRequested(YearMonth.of(2026, m)))).as("requests of month %d", m)
                    .isEqualTo(m < 7 ? 1 : 2);
        }
    }

    @Test
    void shouldExitOneOnArgumentsItCannotRun() {
        assertThat(harvest(command).exit()).isEqualTo(1);
        assertThat(harvest(command, "ftp").stderr()).contains("unknown target 'ftp'");
        assertThat(harvest(command, "sercop", "--mode", "bulk").stderr()).contains("--mode bulk needs --from");
        assertThat(harvest(command, "sercop", "--mode", "bulk", "--from", "2020-05", "--to", "2020-01").stderr())
                .contains("--from 2020-05 is after --to 2020-01");
        assertThat(harvest(command, "sercop", "--mode", "bulk", "--from", "March").stderr())
                .contains("--from is a month such as 2020-03");
        assertThat(harvest(command, "sercop", "--mode", "api").stderr()).contains("--mode api needs --year");
        assertThat(harvest(command, "sercop", "--mode", "api", "--year", "2020", "--max-requests", "0").exit())
                .isEqualTo(1);
        assertThat(harvest(command, "sercop", "--mode", "api", "--year", "2020", "--from", "2020-01").stderr())
                .contains("--from does not apply here");
        assertThat(harvest(command, "sercop", "--proxy", "no-port").stderr()).contains("a proxy is host:port");
        assertThat(harvest(command, "url", "--source", "bad/name", "http://example.org/a.json").stderr())
                .contains("--source NAME is required");
        assertThat(harvest(command, "url", "--source", "other", "file:///etc/passwd").stderr())
                .contains("not an http or https URL");
    }
}
