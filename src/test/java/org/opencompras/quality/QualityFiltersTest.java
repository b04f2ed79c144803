package org.opencompras.quality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencompras.TestDatabase;
import org.opencompras.contract.ProcurementTestData;

/**
 * The report and the failing processes under the shared filters, against plain SQL over the stored processes,
 * awards, contracts, suppliers and parties, written apart from the views that answer.
 */
@QuarkusTest
class QualityFiltersTest {

    private static final String SOURCE = "quality-filters";
    private static final String PREFIX = "ocds-qflt";
    private static final String IN_SOURCE = "p.source_id = (select id from source where name = '" + SOURCE + "')";
    private static boolean loaded;

    /** Per check, the ocids failing it, as plain SQL. */
    private static final Map<String, String> FAILING = new LinkedHashMap<>();

    static {
        String awarded = """
                select p.ocid from process p
                left join award a on a.ocid = p.ocid
                left join contract k on k.ocid = p.ocid
                group by p.ocid
                having bool_or(a.award_id is not null and coalesce(a.status, '') not in ('pending', 'cancelled', 'unsuccessful'))
                    or count(k.contract_id) > 0""";
        FAILING.put("missing_buyer", "select ocid from process where buyer_id is null");
        FAILING.put("missing_supplier", awarded + " except select ocid from award_supplier");
        FAILING.put("missing_amount", awarded + " except select ocid from award where value_amount is not null "
                + "except select ocid from contract where value_amount is not null");
        FAILING.put("missing_currency", issue("missing_currency"));
        FAILING.put("invalid_currency", issue("invalid_currency"));
        FAILING.put("missing_dates", "select ocid from award where status = 'active' and award_date is null "
                + "union select ocid from contract where status in ('active', 'terminated') and date_signed is null");
        FAILING.put("missing_method", "select ocid from process "
                + "where coalesce(procurement_method, '') not in ('open', 'selective', 'limited', 'direct')");
        FAILING.put("invalid_ruc", "select pp.ocid from process_party pp join organization o on o.id = pp.organization_id "
                + "where not o.ruc_valid");
        FAILING.put("amount_as_string", issue("amount_as_string"));
        FAILING.put("invalid_amount", issue("invalid_amount"));
        FAILING.put("invalid_date", issue("invalid_date"));
        FAILING.put("unmatched_party_reference", issue("unmatched_party_reference"));
        // A supplier of the process whom the processes of its source name in two or more ways.
        FAILING.put("supplier_name_variants", """
                select w.ocid from award_supplier w join process p on p.ocid = w.ocid
                where w.organization_id in (
                    select pp.organization_id from process_party pp join process q on q.ocid = pp.ocid
                    where q.source_id = p.source_id and pp.name is not null
                      and pp.roles && array['supplier', 'buyer', 'procuringEntity']
                    group by pp.organization_id having count(distinct pp.name) > 1)""");
    }

    private static String issue(String code) {
        return "select ocid from data_issue where code = '" + code + "'";
    }

    @BeforeEach
    void load() {
        if (!loaded) {
            ProcurementTestData.ingest(SOURCE, QualityFilterReleases.releases(PREFIX));
            loaded = true;
        }
    }

    /** Filters as query parameters, the same as a condition on the process {@code p}, and as echoed. */
    static Stream<Arguments> filters() {
        String buyer = QualityFilterReleases.BUYER_A;
        String buyerId = "(select id from organization where identity_key = 'EC-RUC-" + buyer + "')";
        String awardedInSpring = "exists (select 1 from award a where a.ocid = p.ocid "
                + "and a.award_date >= '2020-02-01T00:00:00Z' and a.award_date < '2020-05-01T00:00:00Z')";
        return Stream.of(
                Arguments.of(Map.of("emergency", "true"), "p.procurement_method_details ilike '%emergencia%'",
                        Map.of("emergency", true)),
                Arguments.of(Map.of("emergency", "false"), "p.procurement_method_details not ilike '%emergencia%'",
                        Map.of("emergency", false)),
                Arguments.of(Map.of("buyer", buyer), "p.buyer_id = " + buyerId,
                        Map.of("buyer", "EC-RUC-" + buyer)),
                Arguments.of(Map.of("procurementMethod", "direct"), "p.procurement_method = 'direct'",
                        Map.of("procurementMethod", List.of("direct"))),
                Arguments.of(Map.of("procurementMethod", "open,selective"),
                        "p.procurement_method in ('open', 'selective')",
                        Map.of("procurementMethod", List.of("open", "selective"))),
                Arguments.of(Map.of("awardedFrom", "2020-02-01", "awardedTo", "2020-04-30"), awardedInSpring,
                        Map.of("awardedFrom", "2020-02-01T00:00:00Z", "awardedTo", "2020-05-01T00:00:00Z")),
                Arguments.of(Map.of("emergency", "true", "buyer", buyer),
                        "p.procurement_method_details ilike '%emergencia%' and p.buyer_id = " + buyerId,
                        Map.of("emergency", true, "buyer", "EC-RUC-" + buyer)),
                Arguments.of(Map.of("supplier", QualityFilterReleases.SUPPLIER), "exists (select 1 from award_supplier w "
                        + "join organization o on o.id = w.organization_id where w.ocid = p.ocid "
                        + "and o.identity_key = 'EC-RUC-" + QualityFilterReleases.SUPPLIER + "')",
                        Map.of("supplier", "EC-RUC-" + QualityFilterReleases.SUPPLIER)));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void shouldCountTheMatchingProcessesAsPlainSqlDoes(Map<String, String> params, String condition,
                                                      Map<String, Object> echoed) {
        JsonPath report = request(params).queryParam("source", SOURCE).when().get("/api/v1/quality")
                .then().statusCode(200).body("data.sources.size()", equalTo(1))
                .extract().jsonPath();
        assertThat(report.getString("data.sources[0].source")).isEqualTo(SOURCE);
        long processes = TestDatabase.count("select count(*) from process p where " + IN_SOURCE + " and " + condition);
        assertThat(processes).isPositive().isLessThan(QualityFilterReleases.PROCESSES);
        assertThat(report.getLong("data.sources[0].processes")).isEqualTo(processes);
        Map<String, Object> filters = new LinkedHashMap<>(echoed);
        filters.put("source", SOURCE);
        assertThat(report.getMap("meta.filters")).isEqualTo(filters);

        List<Map<String, Object>> checks = report.getList("data.sources[0].checks");
        assertThat(checks).extracting(check -> check.get("code")).containsExactlyElementsOf(FAILING.keySet());
        long failures = 0;
        for (Map<String, Object> check : checks) {
            String code = (String) check.get("code");
            List<String> expected = TestDatabase.column("select p.ocid from process p where " + IN_SOURCE + " and "
                    + condition + " and p.ocid in (" + FAILING.get(code) + ")");
            long failing = ((Number) check.get("failing")).longValue();
            assertThat(failing).as(code).isEqualTo(expected.size());
            assertThat(new BigDecimal(check.get("share").toString())).as(code).isEqualByComparingTo(
                    BigDecimal.valueOf(failing).divide(BigDecimal.valueOf(processes), 6, RoundingMode.HALF_EVEN));
            failures += failing;

            // Its examples are the same processes, listed under the same filters.
            String examples = (String) check.get("examples");
            assertThat(examples).contains("source=" + SOURCE);
            params.keySet().forEach(name -> assertThat(examples).as(code).contains(name + "="));
            assertThat(listed(examples)).as(code).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(failures).isPositive();
    }

    @Test
    void shouldSplitTheUnfilteredCountsBetweenAFilterAndItsOpposite() {
        Map<String, Long> all = failing(report(Map.of()));
        Map<String, Long> emergency = failing(report(Map.of("emergency", "true")));
        Map<String, Long> others = failing(report(Map.of("emergency", "false")));
        all.forEach((code, count) -> assertThat(emergency.get(code) + others.get(code)).as(code).isEqualTo(count));
        // Unfiltered, the denominator is every process of the source.
        assertThat(all.get(null)).isEqualTo(QualityFilterReleases.PROCESSES);
        // By construction: the emergency processes are 0, 3, ..., 21; of them 6 has no buyer (as 13 and 20 have
        // none), 6 and 21 an award without supplier (as 1, 11 and 16 have).
        assertThat(emergency.get(null)).isEqualTo(8);
        assertThat(emergency.get("missing_buyer")).isEqualTo(1);
        assertThat(all.get("missing_buyer")).isEqualTo(3);
        assertThat(emergency.get("missing_supplier")).isEqualTo(2);
        assertThat(all.get("missing_supplier")).isEqualTo(5);
    }

    @Test
    void shouldGiveEachSourceItsOwnShareWithoutASourceFilter() {
        JsonPath everywhere = given().queryParam("emergency", "true").when().get("/api/v1/quality")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> sources = everywhere.getList("data.sources");
        Map<String, Object> ours = sources.stream().filter(s -> s.get("source").equals(SOURCE)).findFirst().orElseThrow();
        Map<String, Object> alone = report(Map.of("emergency", "true")).getMap("data.sources[0]");
        assertThat(ours).isEqualTo(alone);
        assertThat(everywhere.getMap("meta.filters")).isEqualTo(Map.of("emergency", true));
        // Every source listed has emergency processes, and only those are counted.
        for (Map<String, Object> source : sources) {
            long processes = TestDatabase.count("select count(*) from process p join source s on s.id = p.source_id "
                    + "where p.emergency and s.name = '" + source.get("source") + "'");
            assertThat(((Number) source.get("processes")).longValue()).as((String) source.get("source"))
                    .isEqualTo(processes).isPositive();
        }
    }

    @Test
    void shouldListTheFailingProcessesUnderTheFilters() {
        // Processes 6, 13 and 20 have no buyer; 6 is an emergency procedure.
        JsonPath page = given().queryParam("source", SOURCE).queryParam("emergency", "false")
                .queryParam("includeTotal", true).queryParam("limit", 1)
                .when().get("/api/v1/quality/checks/missing_buyer/processes")
                .then().statusCode(200).body("meta.total", equalTo(2))
                .body("data.ocid", equalTo(List.of(PREFIX + "-13")))
                .extract().jsonPath();
        assertThat(page.getMap("meta.filters")).isEqualTo(Map.of("emergency", false, "source", SOURCE));
        String next = page.getString("links.next");
        assertThat(next).contains("emergency=false");
        given().when().get(next).then().statusCode(200).body("data.ocid", equalTo(List.of(PREFIX + "-20")))
                .body("links.next", equalTo(null)).body("meta.filters.emergency", equalTo(false));
        given().queryParam("source", SOURCE).queryParam("emergency", "true")
                .when().get("/api/v1/quality/checks/missing_buyer/processes")
                .then().statusCode(200).body("data.ocid", equalTo(List.of(PREFIX + "-6")));
    }

    @Test
    void shouldFilterTheNameVariantsBySourceOnly() {
        JsonPath all = given().queryParam("source", SOURCE).when().get("/api/v1/quality/name-variants")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("data.id")).containsExactly("EC-RUC-" + QualityFilterReleases.SUPPLIER);
        // Another shared filter is not one of this list's: it neither narrows it nor is echoed.
        JsonPath direct = given().queryParam("source", SOURCE).queryParam("procurementMethod", "limited")
                .when().get("/api/v1/quality/name-variants").then().statusCode(200).extract().jsonPath();
        assertThat(direct.getList("data")).isEqualTo(all.getList("data"));
        assertThat(direct.getMap("meta.filters")).isEqualTo(Map.of("source", SOURCE));
    }

    @Test
    void shouldRejectABadFilterNamingIt() {
        String report = "/api/v1/quality";
        String failing = "/api/v1/quality/checks/missing_supplier/processes";
        Map<String, Map<String, String>> bad = new LinkedHashMap<>();
        bad.put("emergency", Map.of("emergency", "yes"));
        bad.put("buyer", Map.of("buyer", "GAD DE QUITO"));
        bad.put("procurementMethod", Map.of("procurementMethod", "auction"));
        bad.put("status", Map.of("status", "terminated"));
        bad.put("awardedFrom", Map.of("awardedFrom", "2020-13-01"));
        bad.put("awardedTo", Map.of("awardedFrom", "2020-05-01", "awardedTo", "2020-04-01"));
        bad.put("minAmount", Map.of("minAmount", "100"));
        bad.put("classification", Map.of("classification", "35%"));
        bad.put("source", Map.of("source", "x".repeat(201)));
        for (String path : List.of(report, failing)) {
            bad.forEach((name, params) -> request(params).when().get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo(name))
                    .body("detail", containsString("'" + name + "'")));
        }
    }

    private static JsonPath report(Map<String, String> params) {
        return request(params).queryParam("source", SOURCE).when().get("/api/v1/quality")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The processes and the failing ones per check code, of the one source of a report. */
    private static Map<String, Long> failing(JsonPath report) {
        Map<String, Long> counts = new HashMap<>();
        counts.put(null, report.getLong("data.sources[0].processes"));
        for (Map<String, Object> check : report.<Map<String, Object>>getList("data.sources[0].checks")) {
            counts.put((String) check.get("code"), ((Number) check.get("failing")).longValue());
        }
        return counts;
    }

    private static RequestSpecification request(Map<String, String> params) {
        RequestSpecification request = given();
        params.forEach(request::queryParam);
        return request;
    }

    /** Every ocid of a list, page after page. */
    private static List<String> listed(String first) {
        List<String> ocids = new ArrayList<>();
        String next = first + "&limit=2";
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().jsonPath();
            ocids.addAll(page.getList("data.ocid"));
            next = page.getString("links.next");
        }
        assertThat(new HashSet<>(ocids)).hasSameSizeAs(ocids);
        return ocids;
    }
}
