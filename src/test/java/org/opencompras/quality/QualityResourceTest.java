package org.opencompras.quality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.contract.ProcurementTestData;

/**
 * The quality report on six hand-written processes whose failures are known by construction: Q-1 clean, Q-2 an
 * award amount without currency, Q-3 an amount given as text, Q-4 a buyer reference to no party, Q-5 no buyer, no
 * method and a supplier with an invalid RUC, Q-6 an active award without supplier, amount or date. The supplier
 * of is written in three ways.
 */
@QuarkusTest
class QualityResourceTest {

    private static final String SOURCE = "quality-test";
    private static final String PREFIX = "ocds-qlt";
    private static final String SUPPLIER = "EC-RUC-0993038210001";

    private static boolean loaded;

    @BeforeEach
    void load() {
        if (!loaded) {
            ProcurementTestData.ingest(SOURCE, QualityReleases.releases(PREFIX));
            loaded = true;
        }
    }

    @Test
    void shouldCountEachCheckExactly() {
        JsonPath report = given().queryParam("source", SOURCE)
                .when().get("/api/v1/quality")
                .then().statusCode(200).body("data.sources.size()", equalTo(1))
                .extract().jsonPath();
        assertThat(report.getString("data.sources[0].source")).isEqualTo(SOURCE);
        assertThat(report.getLong("data.sources[0].processes")).isEqualTo(6);
        assertThat(report.getString("meta.checkedAsOf")).endsWith("Z");
        assertThat(report.getString("meta.dataAsOf")).endsWith("Z");
        assertThat(report.getMap("meta.filters")).isEqualTo(Map.of("source", SOURCE));

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("missing_buyer", 1L);
        expected.put("missing_supplier", 1L);
        expected.put("missing_amount", 1L);
        expected.put("missing_currency", 1L);
        expected.put("invalid_currency", 0L);
        expected.put("missing_dates", 1L);
        expected.put("missing_method", 1L);
        expected.put("invalid_ruc", 1L);
        expected.put("amount_as_string", 1L);
        expected.put("invalid_amount", 0L);
        expected.put("invalid_date", 0L);
        expected.put("unmatched_party_reference", 1L);
        expected.put("supplier_name_variants", 3L);
        List<Map<String, Object>> checks = report.getList("data.sources[0].checks");
        assertThat(checks).extracting(check -> check.get("code")).containsExactlyElementsOf(expected.keySet());
        for (Map<String, Object> check : checks) {
            long failing = expected.get((String) check.get("code"));
            assertThat(((Number) check.get("failing")).longValue()).as((String) check.get("code")).isEqualTo(failing);
            assertThat(new BigDecimal(check.get("share").toString())).as((String) check.get("code"))
                    .isEqualByComparingTo(DataQuality.share(failing, 6));
            assertThat((String) check.get("description")).isNotBlank();
            assertThat((String) check.get("examples"))
                    .endsWith("/api/v1/quality/checks/" + check.get("code") + "/processes?source=" + SOURCE);
        }
        assertThat(DataQuality.share(1, 6)).isEqualTo(new BigDecimal("0.166667"));
        assertThat(DataQuality.share(3, 6)).isEqualTo(new BigDecimal("0.500000"));
    }

    @Test
    void shouldAgreeWithTheIssuesRecordedAtCompileTime() {
        for (String code : List.of("missing_currency", "amount_as_string", "unmatched_party_reference")) {
            long byIssues = TestDatabase.count("select count(distinct ocid) from data_issue where code = '" + code
                    + "' and ocid like '" + PREFIX + "-%'");
            given().queryParam("source", SOURCE).queryParam("includeTotal", "true")
                    .when().get("/api/v1/quality/checks/" + code + "/processes")
                    .then().statusCode(200).body("meta.total", equalTo((int) byIssues));
        }
        long invalidRuc = TestDatabase.count("select count(distinct pp.ocid) from process_party pp join organization o "
                + "on o.id = pp.organization_id where o.ruc_valid = false and pp.ocid like '" + PREFIX + "-%'");
        assertThat(invalidRuc).isEqualTo(1);
    }

    @Test
    void shouldListTheFailingProcessesPageByPage() {
        JsonPath first = given().queryParam("source", SOURCE).queryParam("limit", 2).queryParam("includeTotal", true)
                .when().get("/api/v1/quality/checks/supplier_name_variants/processes")
                .then().statusCode(200).body("meta.total", equalTo(3))
                .extract().jsonPath();
        assertThat(first.getList("data.ocid")).containsExactly(PREFIX + "-1", PREFIX + "-2");
        assertThat(first.getString("data[0].source")).isEqualTo(SOURCE);
        assertThat(first.getString("data[0].title")).isEqualTo("Servicio de limpieza 1");
        assertThat(first.getString("data[0].self")).endsWith("/api/v1/processes/" + PREFIX + "-1");
        given().when().get(first.getString("links.next"))
                .then().statusCode(200).body("data.ocid", equalTo(List.of(PREFIX + "-3"))).body("links.next", nullValue());

        given().queryParam("source", SOURCE)
                .when().get("/api/v1/quality/checks/missing_supplier/processes")
                .then().statusCode(200).body("data.ocid", equalTo(List.of(PREFIX + "-6")));
        given().queryParam("source", SOURCE)
                .when().get("/api/v1/quality/checks/invalid_currency/processes")
                .then().statusCode(200).body("data.size()", equalTo(0));
    }

    @Test
    void shouldListTheNamesOfASupplierWithTheirProcesses() {
        given().queryParam("source", SOURCE).queryParam("includeTotal", true)
                .when().get("/api/v1/quality/name-variants")
                .then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("data[0].id", equalTo(SUPPLIER))
                .body("data[0].processes", equalTo(3))
                .body("data[0].variants.name", equalTo(List.of("MAX INSUMO SA", "MAXINSUMO S.A.", "Maxinsumo")))
                .body("data[0].variants.processes", equalTo(List.of(1, 1, 1)));
    }

    @Test
    void shouldEchoTheSourceInTheListsAsTheReportDoes() {
        String names = "/api/v1/quality/name-variants";
        String failing = "/api/v1/quality/checks/supplier_name_variants/processes";
        for (String list : List.of(names, failing)) {
            assertThat(filters(given().queryParam("source", SOURCE).when().get(list))).as(list)
                    .isEqualTo(Map.of("source", SOURCE));
            assertThat(filters(given().when().get(list))).as(list).isEmpty();
        }
        // A page after the first is listed by the same filter, and says so; it is still found by the Link header.
        String next = given().queryParam("source", SOURCE).queryParam("limit", 2).when().get(failing)
                .then().statusCode(200).header("Link", containsString("rel=\"next\""))
                .extract().jsonPath().getString("links.next");
        assertThat(filters(given().when().get(next))).isEqualTo(Map.of("source", SOURCE));
    }

    private static Map<String, Object> filters(Response response) {
        return response.then().statusCode(200).extract().jsonPath().getMap("meta.filters");
    }

    @Test
    void shouldAnswerNothingForAnUnknownSource() {
        given().queryParam("source", "no-such-source")
                .when().get("/api/v1/quality")
                .then().statusCode(200).body("data.sources.size()", equalTo(0))
                .body("meta.filters.source", equalTo("no-such-source"));
        given().queryParam("source", "no-such-source")
                .when().get("/api/v1/quality/name-variants")
                .then().statusCode(200).body("data.size()", equalTo(0));
    }

    @Test
    void shouldRejectBadParameters() {
        given().queryParam("source", "x".repeat(201))
                .when().get("/api/v1/quality")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("source"));
        given().queryParam("limit", 0)
                .when().get("/api/v1/quality/name-variants")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("limit"));
        given().queryParam("cursor", "garbage")
                .when().get("/api/v1/quality/name-variants")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
        given().queryParam("includeTotal", "maybe")
                .when().get("/api/v1/quality/checks/missing_buyer/processes")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("includeTotal"));
        given().when().get("/api/v1/quality/checks/missing_everything/processes")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("missing_buyer, missing_supplier"));
    }
}
