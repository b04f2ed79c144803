package org.opencompras.quality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.contract.ProcurementTestData;

/** The report on generated data against plain SQL written independently of the views. */
@QuarkusTest
class QualityOnGeneratedDataTest {

    private static final String SOURCE = "quality-generated";
    private static final String SOURCE_ID = "(select id from source where name = '" + SOURCE + "')";
    private static boolean loaded;

    @BeforeEach
    void load() {
        if (!loaded) {
            ProcurementTestData.ingestGenerated(SOURCE, "ocds-qgen", 23, 150);
            loaded = true;
        }
    }

    /** Processes of the source naming, as supplier or buyer, an organization the source names in several ways. */
    private static final String VARYING = """
            select pp.organization_id
            from process_party pp join process p on p.ocid = pp.ocid
            where p.source_id = %s and pp.name is not null
              and ('supplier' = any(pp.roles) or 'buyer' = any(pp.roles) or 'procuringEntity' = any(pp.roles))
            group by pp.organization_id
            having count(distinct pp.name) > 1""".formatted(SOURCE_ID);

    @Test
    void shouldCountAsPlainSqlDoes() {
        JsonPath report = given().queryParam("source", SOURCE).when().get("/api/v1/quality")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> checks = report.getList("data.sources[0].checks");
        assertThat(report.getLong("data.sources[0].processes"))
                .isEqualTo(TestDatabase.count("select count(*) from process where source_id = " + SOURCE_ID))
                .isEqualTo(150);

        String awarded = """
                select p.ocid from process p
                left join award a on a.ocid = p.ocid
                left join contract k on k.ocid = p.ocid
                where p.source_id = %s
                group by p.ocid
                having bool_or(a.award_id is not null and coalesce(a.status, '') not in ('pending', 'cancelled', 'unsuccessful'))
                    or count(k.contract_id) > 0""".formatted(SOURCE_ID);
        long namesVary = TestDatabase.count("select count(distinct w.ocid) from award_supplier w join process p on "
                + "p.ocid = w.ocid where p.source_id = " + SOURCE_ID + " and w.organization_id in (" + VARYING + ")");
        long missingSupplier = TestDatabase.count("select count(*) from (" + awarded + ") x where x.ocid not in "
                + "(select ocid from award_supplier)");
        long missingMethod = TestDatabase.count("select count(*) from process where source_id = " + SOURCE_ID
                + " and coalesce(procurement_method, '') not in ('open', 'selective', 'limited', 'direct')");
        long issues = TestDatabase.count("select count(*) from data_issue d join process p on p.ocid = d.ocid "
                + "where p.source_id = " + SOURCE_ID);

        assertThat(namesVary).isPositive();
        assertThat(failing(checks, "supplier_name_variants")).isEqualTo(namesVary);
        assertThat(failing(checks, "missing_supplier")).isEqualTo(missingSupplier).isZero();
        assertThat(failing(checks, "missing_method")).isEqualTo(missingMethod).isZero();
        assertThat(issues).isZero();
        for (String clean : List.of("missing_buyer", "missing_amount", "missing_currency", "invalid_currency",
                "missing_dates", "invalid_ruc", "amount_as_string", "invalid_amount", "invalid_date",
                "unmatched_party_reference")) {
            assertThat(failing(checks, clean)).as(clean).isZero();
        }
    }

    @Test
    void shouldListEveryOrganizationWithSeveralNamesMostVariantsFirst() {
        List<List<String>> expected = TestDatabase.rows("""
                select o.identity_key, count(distinct pp.name)
                from process_party pp join process p on p.ocid = pp.ocid join organization o on o.id = pp.organization_id
                where p.source_id = %s and pp.organization_id in (%s)
                  and ('supplier' = any(pp.roles) or 'buyer' = any(pp.roles) or 'procuringEntity' = any(pp.roles))
                group by o.identity_key
                order by 2 desc, 1 desc""".formatted(SOURCE_ID, VARYING));
        List<List<String>> served = new ArrayList<>();
        String next = "/api/v1/quality/name-variants?limit=2&source=" + SOURCE;
        while (next != null) {
            JsonPath page = given().when().get(next).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> data = page.getList("data");
            for (Map<String, Object> item : data) {
                served.add(List.of("EC-RUC-" + ((String) item.get("id")).substring(7),
                        String.valueOf(((List<?>) item.get("variants")).size())));
            }
            next = page.getString("links.next");
        }
        assertThat(expected).hasSizeGreaterThan(2);
        assertThat(served).isEqualTo(expected);
    }

    private static long failing(List<Map<String, Object>> checks, String code) {
        return checks.stream().filter(check -> check.get("code").equals(code))
                .mapToLong(check -> ((Number) check.get("failing")).longValue()).findFirst().orElseThrow();
    }
}
