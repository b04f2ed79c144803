package org.opencompras.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.opencompras.harvest.HarvestTesting.harvest;
import static org.opencompras.harvest.SercopFixtures.COMPILED;
import static org.opencompras.harvest.SercopFixtures.monthZip;
import static org.opencompras.harvest.SercopFixtures.releasePackage;
import static org.opencompras.harvest.SercopStandIn.month;
import static org.opencompras.harvest.SercopStandIn.server;
import static org.opencompras.harvest.SercopStandIn.zip;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.cli.HarvestCommand;

/** {@code GET /api/v1/sources}, checked against the tables it reads. */
@QuarkusTest
@WithTestResource(SercopStandIn.class)
class HarvestSourcesTest {

    @Inject
    HarvestCommand command;

    @Test
    void shouldListEachSourceWithItsHarvestAndItsFailingUnits() {
        server().stubFor(month(YearMonth.of(2014, 1)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody(SercopFixtures.CAPTCHA_PAGE)));
        server().stubFor(month(YearMonth.of(2014, 2)).willReturn(zip(monthZip("2014-02.json",
                releasePackage(COMPILED, "-hs1")))));
        assertThat(harvest(command, "sercop", "--mode", "bulk", "--from", "2014-01", "--to", "2014-02").exit())
                .isEqualTo(2);

        JsonPath answer = given().when().get("/api/v1/sources").then().statusCode(200).extract().jsonPath();

        Map<String, Object> sercop = answer.getMap("data.sources.find { it.name == 'SERCOP' }");
        String oracle = """
                select (select count(*) from release where source_id = s.id),
                       (select count(*) from process where source_id = s.id),
                       (select to_char(max(release_date) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                          from release where source_id = s.id),
                       (select to_char(max(last_success_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                          from harvest_unit where source_id = s.id),
                       (select count(*) from harvest_unit where source_id = s.id),
                       (select count(*) from harvest_unit where source_id = s.id and status = 'failed')
                from source s where s.name = 'SERCOP'""";
        List<String> expected = TestDatabase.rows(oracle).get(0);
        assertThat(String.valueOf(sercop.get("releases"))).isEqualTo(expected.get(0));
        assertThat(String.valueOf(sercop.get("processes"))).isEqualTo(expected.get(1));
        assertThat(sercop.get("newestReleaseDate")).isEqualTo(expected.get(2));
        assertThat(sercop.get("lastSuccessfulHarvest")).isEqualTo(expected.get(3));
        assertThat(answer.getString("data.sources.find { it.name == 'SERCOP' }.units.total")).isEqualTo(expected.get(4));
        assertThat(answer.getString("data.sources.find { it.name == 'SERCOP' }.units.failed"))
                .isEqualTo(expected.get(5));
        Map<String, Object> captcha = answer.getMap(
                "data.sources.find { it.name == 'SERCOP' }.failingUnits.find { it.key == 'bulk/2014-01' }");
        assertThat(captcha).containsEntry("httpStatus", 200).containsEntry("attempts", 1)
                .containsEntry("lastError", "the server answered with an HTML page (a captcha or maintenance page?), "
                        + "not data")
                .containsEntry("url", server().baseUrl()
                        + "/PLATAFORMA/download?type=json&year=2014&month=01&method=all");
        assertThat(answer.getList("data.sources.find { it.name == 'SERCOP' }.failingUnits.key"))
                .doesNotContain("bulk/2014-02");
        assertThat(answer.getList("data.sources.name", String.class)).isSorted();
        assertThat(answer.getString("meta.dataAsOf")).isNotBlank();
    }

    @Test
    void shouldNeverAnswerNotModifiedSinceAHarvestMayChangeItWithoutChangingTheData() {
        given().when().get("/api/v1/sources").then().statusCode(200).header("ETag", nullValue());
        given().header("If-None-Match", "*").when().get("/api/v1/sources").then().statusCode(200);
    }
}
