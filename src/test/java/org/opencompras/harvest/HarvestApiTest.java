package org.opencompras.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.harvest.HarvestTesting.harvest;
import static org.opencompras.harvest.HarvestTesting.unit;
import static org.opencompras.harvest.SercopFixtures.COMPILED;
import static org.opencompras.harvest.SercopFixtures.PLANNING;
import static org.opencompras.harvest.SercopFixtures.listingPage;
import static org.opencompras.harvest.SercopFixtures.releasePackage;
import static org.opencompras.harvest.SercopStandIn.BASE_PATH;
import static org.opencompras.harvest.SercopStandIn.count;
import static org.opencompras.harvest.SercopStandIn.server;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.cli.HarvestCommand;
import org.opencompras.harvest.HarvestTesting.Run;

/** API harvests: a year's listing page by page, and each process's record when its listed date is newer. */
@QuarkusTest
@WithTestResource(SercopStandIn.class)
class HarvestApiTest {

    private static final String FIRST = COMPILED + "-ha1";
    /** SERCOP has ocids with a slash; the record's URL must carry it encoded. */
    private static final String SLASHED = PLANNING + "-ha/2";
    private static final String THIRD = COMPILED + "-ha3";

    @Inject
    HarvestCommand command;

    @Test
    void shouldFetchTheRecordsOfEveryPageThenOnlyWhatTheListingSaysIsNewer() {
        listing(2017, 1, listingPage(1, 2, List.of(new String[] {FIRST, "2025-12-19T16:13:47-05:00"},
                new String[] {SLASHED, "2026-08-31 00:00:00"})));
        listing(2017, 2, listingPage(2, 2, List.<String[]>of(new String[] {THIRD, "2025-12-19T16:13:47-05:00"})));
        record(FIRST, releasePackage(COMPILED, "-ha1"));
        record(SLASHED, releasePackage(PLANNING, "-ha/2"));
        record(THIRD, releasePackage(COMPILED, "-ha3"));

        Run first = harvest(command, "sercop", "--mode", "api", "--year", "2017");

        assertThat(first.exit()).as(first.stderr()).isZero();
        assertThat(first.stderr()).contains("api/2017/page/1: loaded 0 releases")
                .contains("api/record/" + SLASHED + ": loaded 1 releases (1 new, 0 replaced)")
                .contains("loaded:     5 (3 new releases, 0 replaced)");
        assertThat(TestDatabase.column("select ocid from release where ocid like '%-ha_' or ocid like '%-ha/_' "
                + "order by ocid")).containsExactly(SLASHED, FIRST, THIRD);
        server().verify(getRequestedFor(urlEqualTo(BASE_PATH
                + "api/record?ocid=ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357-ha%2F2")));
        assertThat(unit("api/record/" + SLASHED).subList(0, 2)).containsExactly("loaded", "200");
        assertThat(TestDatabase.text("select listed_date = '2026-08-31T00:00:00-05:00' from harvest_unit "
                + "where unit_key = 'api/record/" + SLASHED + "'")).isEqualTo("t");

        // The next day the listing is the same but for one process, listed with a later date.
        listing(2017, 2, listingPage(2, 2, List.<String[]>of(new String[] {THIRD, "2026-01-10T09:00:00-05:00"})));
        Run second = harvest(command, "sercop", "--mode", "api", "--year", "2017");

        assertThat(second.exit()).as(second.stderr()).isZero();
        assertThat(second.stderr()).doesNotContain("api/record/" + FIRST).doesNotContain("api/record/" + SLASHED)
                .contains("api/record/" + THIRD + ": unchanged");
        assertThat(count(recordRequested(FIRST))).isEqualTo(1);
        assertThat(count(recordRequested(SLASHED))).isEqualTo(1);
        assertThat(count(recordRequested(THIRD))).isEqualTo(2);
    }

    @Test
    void shouldStopAtTheRequestBudgetWithoutCountingItAFailure() {
        String a = COMPILED + "-hq1";
        String b = PLANNING + "-hq2";
        listing(2016, 1, listingPage(1, 1, List.of(new String[] {a, "2025-12-19T16:13:47-05:00"},
                new String[] {b, "2026-08-31T00:00:00-05:00"})));
        record(a, releasePackage(COMPILED, "-hq1"));
        record(b, releasePackage(PLANNING, "-hq2"));

        Run run = harvest(command, "sercop", "--mode", "api", "--year", "2016", "--max-requests", "2");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("Request budget spent after 2 requests")
                .contains("after 2 requests (the request budget was spent)");
        assertThat(count(recordRequested(a))).as(run.stderr()).isEqualTo(1);
        assertThat(count(recordRequested(b))).isZero();
        assertThat(unit("api/record/" + b)).isNull();

        Run next = harvest(command, "sercop", "--mode", "api", "--year", "2016", "--max-requests", "2");

        assertThat(next.exit()).isZero();
        assertThat(count(recordRequested(a))).isEqualTo(1);
        assertThat(count(recordRequested(b))).isEqualTo(1);
        assertThat(unit("api/record/" + b).get(0)).isEqualTo("loaded");
    }

    @Test
    void shouldFailAListingThatIsNoListing() {
        server().stubFor(get(urlPathEqualTo(BASE_PATH + "api/search_ocds")).withQueryParam("year", equalTo("2015"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"año no disponible\"}")));

        Run run = harvest(command, "sercop", "--mode", "api", "--year", "2015");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("failed api/2015/page/1").contains("the listing has no \"data\" array");
    }

    private static void listing(int year, int page, String body) {
        server().stubFor(get(urlPathEqualTo(BASE_PATH + "api/search_ocds"))
                .withQueryParam("year", equalTo(String.valueOf(year)))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static void record(String ocid, String body) {
        server().stubFor(get(urlPathEqualTo(BASE_PATH + "api/record")).withQueryParam("ocid", equalTo(ocid))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static RequestPatternBuilder recordRequested(String ocid) {
        return getRequestedFor(urlPathEqualTo(BASE_PATH + "api/record")).withQueryParam("ocid", equalTo(ocid));
    }
}
