package org.opencompras.award;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencompras.contract.ListChecks.keys;
import static org.opencompras.contract.ListChecks.onePage;
import static org.opencompras.contract.ProcurementTestData.column;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.contract.ListChecks;
import org.opencompras.contract.ProcurementTestData;

@QuarkusTest
class AwardResourceTest {

    private static final String PATH = "/api/v1/awards";
    private static final String GEN = "aw-gen";
    private static final String EDGE = "aw-edge";
    private static final String DEFAULT_ORDER = "a.award_date desc nulls last, a.ocid desc, a.award_id desc";
    private static final String SOURCE = "(select id from source where name = '" + GEN + "')";
    private static final List<String> CSV_HEADER = List.of("id", "ocid", "ocdsId", "title", "description", "status",
            "date", "value.amount", "value.currency", "buyer.id", "buyer.name", "suppliers.id", "suppliers.name",
            "procurementMethod", "procurementMethodDetails", "emergency", "mainProcurementCategory", "source",
            "links.self");

    private static boolean loaded;

    @BeforeEach
    void load() {
        if (!loaded) {
            ProcurementTestData.ingestGenerated(GEN, "awgen", 23, 160);
            ProcurementTestData.ingest(EDGE, ProcurementTestData.edgeReleases("awedge"));
            loaded = true;
        }
    }

    /** The awards of a source matching a condition, in an order, by plain SQL: {@code ocid|award id}. */
    private static List<String> expected(String source, String condition, String order) {
        return column("select a.ocid || '|' || a.award_id from award a join process p on p.ocid = a.ocid "
                + "where p.source_id = (select id from source where name = '" + source + "') and (" + condition
                + ") order by " + order);
    }

    private static void assertFilter(String query, String condition) {
        List<String> expected = expected(GEN, condition, DEFAULT_ORDER);
        List<String> all = expected(GEN, "true", DEFAULT_ORDER);
        assertThat(expected).as("cases that tell something: " + query).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(keys(PATH, "source=" + GEN + "&" + query)).as(query).containsExactlyElementsOf(expected);
    }

    private static String percentileDay(String expression, String from, double fraction) {
        return column("select to_char(percentile_disc(" + fraction + ") within group (order by " + expression
                + " at time zone 'UTC'), 'YYYY-MM-DD') from " + from + " where p.source_id = " + SOURCE).get(0);
    }

    @Test
    void shouldApplyEveryFilterExactly() {
        String buyer = column("select o.identifier from award a join process p on p.ocid = a.ocid "
                + "join organization o on o.id = p.buyer_id where p.source_id = " + SOURCE
                + " group by o.identifier order by count(*) desc, o.identifier limit 1").get(0);
        assertFilter("buyer=" + buyer, "p.buyer_id in (select id from organization where identifier = '" + buyer + "')");

        String supplier = column("select o.identifier from award a join process p on p.ocid = a.ocid "
                + "join award_supplier x on x.ocid = a.ocid and x.award_id = a.award_id "
                + "join organization o on o.id = x.organization_id where p.source_id = " + SOURCE
                + " group by o.identifier order by count(*) desc, o.identifier limit 1").get(0);
        assertFilter("supplier=EC-RUC-" + supplier, "exists (select 1 from award_supplier x join organization o "
                + "on o.id = x.organization_id where x.ocid = a.ocid and x.award_id = a.award_id "
                + "and o.identifier = '" + supplier + "')");

        assertFilter("procurementMethod=open", "p.procurement_method = 'open'");
        assertFilter("procurementMethodDetails=%C3%8Dnfima%20cuant%C3%ADa",
                "p.procurement_method_details = 'Ínfima Cuantía'");
        assertFilter("emergency=true", "p.procurement_method_details ilike '%emergencia%'");
        assertFilter("emergency=false", "p.procurement_method_details not ilike '%emergencia%'");

        String signedFrom = percentileDay("k.date_signed", "contract k join process p on p.ocid = k.ocid", 0.3);
        String signedTo = percentileDay("k.date_signed", "contract k join process p on p.ocid = k.ocid", 0.6);
        assertFilter("signedFrom=" + signedFrom + "&signedTo=" + signedTo, "exists (select 1 from contract k "
                + "where k.ocid = a.ocid and k.award_id = a.award_id and k.date_signed >= timestamptz '" + signedFrom
                + " 00:00:00+00' and k.date_signed < timestamptz '" + signedTo + " 00:00:00+00' + interval '1 day')");

        String awardedFrom = percentileDay("a.award_date", "award a join process p on p.ocid = a.ocid", 0.2);
        String awardedTo = percentileDay("a.award_date", "award a join process p on p.ocid = a.ocid", 0.5);
        assertFilter("awardedFrom=" + awardedFrom + "&awardedTo=" + awardedTo + "T12:00:00Z",
                "a.award_date >= timestamptz '" + awardedFrom + " 00:00:00+00' and a.award_date < timestamptz '"
                        + awardedTo + " 12:00:00+00'");

        String published = percentileDay("p.first_release_date", "award a join process p on p.ocid = a.ocid", 0.5);
        assertFilter("publishedFrom=" + published, "p.first_release_date >= timestamptz '" + published + " 00:00:00+00'");
        assertFilter("publishedTo=" + published,
                "p.first_release_date < timestamptz '" + published + " 00:00:00+00' + interval '1 day'");

        String min = column("select percentile_disc(0.4) within group (order by value_amount) from award a "
                + "join process p on p.ocid = a.ocid where p.source_id = " + SOURCE).get(0);
        assertFilter("maxAmount=" + min + "&currency=USD", "a.value_currency = 'USD' and a.value_amount <= " + min);
        assertFilter("minAmount=" + min + "&currency=USD", "a.value_currency = 'USD' and a.value_amount >= " + min);

        String classification = column("select left(i.classification_id, 5) from item i join process p on p.ocid = i.ocid "
                + "where p.source_id = " + SOURCE + " group by 1 order by count(distinct i.ocid) desc, 1 offset 1 limit 1").get(0);
        assertFilter("classification=" + classification, "exists (select 1 from item i where i.ocid = p.ocid "
                + "and i.classification_id like '" + classification + "%')");
        assertFilter("mainProcurementCategory=goods", "p.main_procurement_category = 'goods'");
    }

    @Test
    void shouldFilterAndSortTheEdgeCasesAsPublished() {
        assertThat(keys(PATH, "source=" + EDGE)).containsExactly("awedge-3|A3", "awedge-1|A1", "awedge/2020/2|A2");
        assertThat(keys(PATH, "source=" + EDGE + "&sort=date"))
                .containsExactly("awedge-1|A1", "awedge-3|A3", "awedge/2020/2|A2");
        assertThat(keys(PATH, "source=" + EDGE + "&sort=-amount&currency=USD"))
                .containsExactly("awedge-3|A3", "awedge-1|A1");
        assertThat(keys(PATH, "source=" + EDGE + "&sort=amount&currency=USD"))
                .containsExactly("awedge-1|A1", "awedge-3|A3");
        assertThat(keys(PATH, "source=" + EDGE + "&status=pending,cancelled"))
                .containsExactly("awedge-3|A3", "awedge/2020/2|A2");
        assertThat(keys(PATH, "source=" + EDGE + "&status=unsuccessful")).isEmpty();
        assertThat(keys(PATH, "source=" + EDGE + "&currency=EUR")).containsExactly("awedge/2020/2|A2");
        assertThat(keys(PATH, "source=" + EDGE + "&signedFrom=2022-01-10&signedTo=2022-01-10"))
                .containsExactly("awedge-3|A3");
        assertThat(keys(PATH, "source=" + EDGE + "&awardedFrom=2020-03-30T16:00:00-05:00&awardedTo=2020-03-30T16:00:01-05:00"))
                .containsExactly("awedge-1|A1");
        assertThat(keys(PATH, "source=" + EDGE + "&supplier=1792345678001")).containsExactly("awedge-3|A3");
        assertThat(keys(PATH, "source=" + EDGE + "&buyer=1768152560001")).containsExactly("awedge-3|A3", "awedge-1|A1");
        assertThat(keys(PATH, "source=" + EDGE + "&classification=3811")).containsExactly("awedge-3|A3");
        assertThat(keys(PATH, "source=" + EDGE + "&emergency=true")).containsExactly("awedge-1|A1");
        assertThat(keys(PATH, "source=" + EDGE + "&procurementMethod=selective,open&mainProcurementCategory=services"))
                .containsExactly("awedge/2020/2|A2");
        assertThat(keys(PATH, "source=" + EDGE + "&procurementMethodDetails=COTIZACION")).containsExactly("awedge-3|A3");
        assertThat(keys(PATH, "source=" + EDGE + "&publishedTo=2020-12-31")).containsExactly("awedge-1|A1");
        assertThat(keys(PATH, "source=" + EDGE + "&q=mascarilla")).containsExactly("awedge-1|A1");
        assertThat(keys(PATH, "source=" + EDGE + "&q=adquisicion")).containsExactly("awedge-3|A3", "awedge-1|A1");
        assertThat(keys(PATH, "source=" + EDGE + "&q=adquisici%C3%B3n&sort=relevance"))
                .containsExactly("awedge-1|A1", "awedge-3|A3");
    }

    @Test
    void shouldSortByEveryAllowedOrder() {
        assertThat(keys(PATH, "source=" + GEN)).containsExactlyElementsOf(expected(GEN, "true", DEFAULT_ORDER));
        assertThat(keys(PATH, "source=" + GEN + "&sort=-date")).containsExactlyElementsOf(expected(GEN, "true", DEFAULT_ORDER));
        assertThat(keys(PATH, "source=" + GEN + "&sort=date"))
                .containsExactlyElementsOf(expected(GEN, "true", "a.award_date nulls last, a.ocid, a.award_id"));
        assertThat(keys(PATH, "source=" + GEN + "&sort=-amount&currency=USD")).containsExactlyElementsOf(expected(GEN,
                "a.value_currency = 'USD'", "a.value_amount desc nulls last, a.ocid desc, a.award_id desc"));
        assertThat(keys(PATH, "source=" + GEN + "&sort=amount&currency=USD")).containsExactlyElementsOf(
                expected(GEN, "a.value_currency = 'USD'", "a.value_amount nulls last, a.ocid, a.award_id"));
        List<String> ranked = expected(GEN, "p.search @@ websearch_to_tsquery('es_unaccent', 'servicio')",
                "ts_rank_cd(p.search, websearch_to_tsquery('es_unaccent', 'servicio')) desc, a.ocid desc, a.award_id desc");
        assertThat(ranked).isNotEmpty();
        assertThat(keys(PATH, "source=" + GEN + "&q=servicios&sort=relevance")).containsExactlyElementsOf(ranked);
    }

    @Test
    void shouldWalkEveryPageOnceAndInOrder() {
        List<String> expected = expected(GEN, "a.value_currency = 'USD'",
                "a.value_amount nulls last, a.ocid, a.award_id");
        int[] pages = {0};
        List<String> walked = ListChecks.walk(PATH + "?source=" + GEN + "&sort=amount&currency=USD&limit=9", () -> {
            if (pages[0]++ == 1) {
                ProcurementTestData.ingest("aw-other", """
                        {"ocid": "awother-1", "id": "r1", "date": "2030-01-01T00:00:00Z", "tag": ["award"],
                         "awards": [{"id": "X", "value": {"amount": 0, "currency": "USD"}}]}""");
            }
        });
        assertThat(pages[0]).isGreaterThan(3);
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(ListChecks.walk(PATH + "?source=" + EDGE + "&limit=1", () -> { }))
                .containsExactly("awedge-3|A3", "awedge-1|A1", "awedge/2020/2|A2");
    }

    @Test
    void shouldServeOneAwardWithItsContractsAndItems() {
        JsonNode listed = onePage(PATH, "source=" + EDGE + "&supplier=1792345678001").get(0);
        assertThat(listed.get("id").asText()).isEqualTo("awedge-3~A3");
        assertThat(listed.get("date").asText()).isEqualTo("2022-01-05T13:00:00Z");
        assertThat(listed.at("/value/amount").decimalValue()).isEqualTo(new BigDecimal("1234567890123.456789"));
        assertThat(listed.get("suppliers")).extracting(node -> node.get("name").asText())
                .containsExactly("MAXINSUMO S.A.", "DISTRIBUIDORA ÁNDES");
        assertThat(listed.at("/links/self").asText()).endsWith("/api/v1/awards/awedge-3~A3");
        assertThat(listed.has("awardID")).isFalse();

        JsonNode detail = ListChecks.get(PATH + "/awedge-3~A3", "");
        listed.fieldNames().forEachRemaining(name ->
                assertThat(detail.get(name)).as(name + " as in the list").isEqualTo(listed.get(name)));
        String spaced = "~" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("awedge-3\u0000C 3b".getBytes(StandardCharsets.UTF_8));
        assertThat(detail.get("contracts")).extracting(node -> node.get("id").asText() + " " + node.get("ocdsId").asText())
                .containsExactly(spaced + " C 3b", "awedge-3~C3 C3");
        assertThat(detail.get("items")).hasSize(1);
        assertThat(detail.at("/items/0/description").asText()).isEqualTo("ESCRITORIO");
        assertThat(detail.at("/items/0/classification/id").asText()).isEqualTo("381100011");
        assertThat(detail.at("/items/0/classification/description").isNull()).isTrue();
        assertThat(detail.at("/items/0/quantity").decimalValue()).isEqualTo(new BigDecimal("3"));
        assertThat(detail.at("/items/0/unit").isNull()).isTrue();
        assertThat(detail.at("/process/title").asText()).isEqualTo("Equipos de oficina");
        assertThat(detail.at("/process/tender/value").isNull()).isTrue();
        given().urlEncodingEnabled(false).when().get("/api/v1/contracts/" + spaced)
                .then().statusCode(200).body("awardID", equalTo("A3"));

        JsonNode slashed = onePage(PATH, "source=" + EDGE + "&currency=EUR").get(0);
        JsonNode slashedDetail = ListChecks.get(PATH + "/" + slashed.get("id").asText(), "");
        assertThat(slashedDetail.get("ocid").asText()).isEqualTo("awedge/2020/2");
        assertThat(slashedDetail.get("date").isNull()).isTrue();
        assertThat(slashedDetail.get("status").asText()).isEqualTo("cancelled");
        assertThat(slashedDetail.at("/contracts/0/ocdsId").asText()).isEqualTo("C2");

        for (String id : List.of("awedge-3~A9", "awedge-3", "~%25%25", "~" + "A".repeat(2500))) {
            given().urlEncodingEnabled(false).when().get(PATH + "/" + id)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://opencompras.org/problems/not-found"));
        }
    }

    @Test
    void shouldExportTheWholeListAsCsvAndJsonLines() {
        for (String query : List.of("source=" + EDGE, "source=" + GEN + "&sort=date&emergency=false")) {
            List<JsonNode> items = onePage(PATH, query);
            String csv = given().urlEncodingEnabled(false).when().get(PATH + "?" + query + "&format=csv")
                    .then().statusCode(200).contentType("text/csv; charset=UTF-8; header=present")
                    .header("Content-Disposition", "attachment; filename=\"awards.csv\"")
                    .extract().asString();
            ListChecks.assertCsvMatches(csv, items, CSV_HEADER);
            String ndjson = given().urlEncodingEnabled(false).header("Accept", "application/x-ndjson")
                    .when().get(PATH + "?" + query + "&cursor=ignored&limit=1")
                    .then().statusCode(200).contentType("application/x-ndjson")
                    .header("Content-Disposition", "attachment; filename=\"awards.ndjson\"")
                    .extract().asString();
            ListChecks.assertNdjsonMatches(ndjson, items);
        }
        String csv = given().header("Accept", "text/csv").when().get(PATH + "?source=" + EDGE + "&supplier=1792345678001")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains(",EC-RUC-0993038210001; EC-RUC-1792345678001,MAXINSUMO S.A.; DISTRIBUIDORA ÁNDES,")
                .contains(",1234567890123.456789,USD,");
    }

    @Test
    void shouldCountCacheAndRefuseBadParameters() {
        int expected = expected(GEN, "p.procurement_method = 'direct'", DEFAULT_ORDER).size();
        given().when().get(PATH + "?source=" + GEN + "&procurementMethod=direct&limit=1&includeTotal=true")
                .then().statusCode(200).body("meta.total", equalTo(expected)).body("data.size()", equalTo(1));

        String etag = given().when().get(PATH + "?source=" + EDGE).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(PATH + "?source=" + EDGE).then().statusCode(304);

        String contractCursor = ListChecks.get("/api/v1/contracts", "source=" + GEN + "&limit=1").at("/links/next")
                .asText().replaceAll(".*cursor=", "");
        for (List<String> badCase : List.of(List.of("sort=-dateSigned", "sort"), List.of("sort=amount", "sort"),
                List.of("sort=relevance", "sort"), List.of("limit=501", "limit"), List.of("limit=1.5", "limit"),
                List.of("status=terminated", "status"), List.of("awardedFrom=2020-02-31", "awardedFrom"),
                List.of("maxAmount=abc&currency=USD", "maxAmount"), List.of("cursor=" + contractCursor, "cursor"),
                List.of("cursor=abc.def", "cursor"), List.of("includeTotal=1", "includeTotal"),
                List.of("format=csv2", "format"))) {
            given().urlEncodingEnabled(false).when().get(PATH + "?" + badCase.get(0) + "&source=" + GEN + "&limit=1")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo(badCase.get(1)));
        }
    }
}
