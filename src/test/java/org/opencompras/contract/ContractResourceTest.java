package org.opencompras.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.opencompras.contract.ListChecks.keys;
import static org.opencompras.contract.ListChecks.onePage;
import static org.opencompras.contract.ProcurementTestData.column;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractResourceTest {

    private static final String PATH = "/api/v1/contracts";
    private static final String GEN = "ct-gen";
    private static final String EDGE = "ct-edge";
    private static final String DEFAULT_ORDER = "c.date_signed desc nulls last, c.ocid desc, c.contract_id desc";
    private static final List<String> CSV_HEADER = List.of("id", "ocid", "ocdsId", "awardID", "title", "description",
            "status", "dateSigned", "period.startDate", "period.endDate", "value.amount", "value.currency", "buyer.id",
            "buyer.name", "suppliers.id", "suppliers.name", "procurementMethod", "procurementMethodDetails",
            "emergency", "mainProcurementCategory", "source", "links.self");

    private static boolean loaded;

    @BeforeEach
    void load() {
        if (!loaded) {
            ProcurementTestData.ingestGenerated(GEN, "ctgen", 11, 160);
            ProcurementTestData.ingest(EDGE, ProcurementTestData.edgeReleases("ctedge"));
            loaded = true;
        }
    }

    /** The contracts of a source matching a condition, in an order, by plain SQL: {@code ocid|contract id}. */
    private static List<String> expected(String source, String condition, String order) {
        return column("select c.ocid || '|' || c.contract_id from contract c join process p on p.ocid = c.ocid "
                + "where p.source_id = (select id from source where name = '" + source + "') and (" + condition
                + ") order by " + order);
    }

    private static void assertFilter(String query, String condition) {
        List<String> expected = expected(GEN, condition, DEFAULT_ORDER);
        List<String> all = expected(GEN, "true", DEFAULT_ORDER);
        assertThat(expected).as("cases that tell something: " + query).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(keys(PATH, "source=" + GEN + "&" + query)).as(query).containsExactlyElementsOf(expected);
    }

    private static String percentileDay(String expression, double fraction) {
        return column("select to_char(percentile_disc(" + fraction + ") within group (order by " + expression
                + " at time zone 'UTC'), 'YYYY-MM-DD') from contract c join award w on w.ocid = c.ocid "
                + "and w.award_id = c.award_id join process p on p.ocid = c.ocid "
                + "where p.source_id = (select id from source where name = '" + GEN + "')").get(0);
    }

    @Test
    void shouldApplyEveryFilterExactly() {
        String source = "(select id from source where name = '" + GEN + "')";
        String buyer = column("select o.identifier from contract c join process p on p.ocid = c.ocid "
                + "join organization o on o.id = p.buyer_id where p.source_id = " + source
                + " group by o.identifier order by count(*) desc, o.identifier limit 1").get(0);
        assertFilter("buyer=" + buyer,
                "p.buyer_id in (select id from organization where identifier = '" + buyer + "')");
        assertFilter("buyer=EC-RUC-" + buyer,
                "p.buyer_id in (select id from organization where identifier = '" + buyer + "')");

        String supplier = column("select o.identifier from contract c join process p on p.ocid = c.ocid "
                + "join award_supplier x on x.ocid = c.ocid and x.award_id = c.award_id "
                + "join organization o on o.id = x.organization_id where p.source_id = " + source
                + " group by o.identifier order by count(*) desc, o.identifier limit 1").get(0);
        assertFilter("supplier=" + supplier, "exists (select 1 from award_supplier x join organization o "
                + "on o.id = x.organization_id where x.ocid = c.ocid and x.award_id = c.award_id "
                + "and o.identifier = '" + supplier + "')");

        assertFilter("procurementMethod=direct,limited", "p.procurement_method in ('direct', 'limited')");
        assertFilter("procurementMethodDetails=CONTRATACION%20DE%20EMERGENCIA",
                "p.procurement_method_details = 'Contratación de Emergencia'");
        assertFilter("emergency=true", "p.procurement_method_details ilike '%emergencia%'");
        assertFilter("emergency=false", "p.procurement_method_details not ilike '%emergencia%'");
        assertFilter("status=terminated", "c.status = 'terminated'");
        assertFilter("status=active,cancelled", "c.status in ('active', 'cancelled')");

        String from = percentileDay("c.date_signed", 0.25);
        String to = percentileDay("c.date_signed", 0.75);
        assertFilter("signedFrom=" + from + "&signedTo=" + to, "c.date_signed >= timestamptz '" + from
                + " 00:00:00+00' and c.date_signed < timestamptz '" + to + " 00:00:00+00' + interval '1 day'");
        assertFilter("signedFrom=" + from + "T00:00:00-05:00", "c.date_signed >= timestamptz '" + from + " 05:00:00+00'");

        String awardedFrom = percentileDay("w.award_date", 0.4);
        String awardedTo = percentileDay("w.award_date", 0.6);
        assertFilter("awardedFrom=" + awardedFrom + "T00:00:00-05:00&awardedTo=" + awardedTo,
                "exists (select 1 from award w where w.ocid = c.ocid and w.award_id = c.award_id and w.award_date "
                        + ">= timestamptz '" + awardedFrom + " 05:00:00+00' and w.award_date < timestamptz '"
                        + awardedTo + " 00:00:00+00' + interval '1 day')");

        String publishedTo = percentileDay("p.first_release_date", 0.5);
        assertFilter("publishedTo=" + publishedTo,
                "p.first_release_date < timestamptz '" + publishedTo + " 00:00:00+00' + interval '1 day'");
        assertFilter("publishedFrom=" + publishedTo,
                "p.first_release_date >= timestamptz '" + publishedTo + " 00:00:00+00'");

        String min = column("select percentile_disc(0.3) within group (order by value_amount) from contract c "
                + "join process p on p.ocid = c.ocid where p.source_id = " + source).get(0);
        String max = column("select percentile_disc(0.7) within group (order by value_amount) from contract c "
                + "join process p on p.ocid = c.ocid where p.source_id = " + source).get(0);
        assertFilter("minAmount=" + min + "&maxAmount=" + max + "&currency=USD",
                "c.value_currency = 'USD' and c.value_amount between " + min + " and " + max);
        assertFilter("minAmount=" + max + "&currency=USD", "c.value_currency = 'USD' and c.value_amount >= " + max);

        String classification = column("select left(i.classification_id, 4) from item i join process p on p.ocid = i.ocid "
                + "where p.source_id = " + source + " group by 1 order by count(distinct i.ocid) desc, 1 offset 2 limit 1").get(0);
        assertFilter("classification=" + classification, "exists (select 1 from item i where i.ocid = p.ocid "
                + "and i.classification_id like '" + classification + "%')");

        assertFilter("mainProcurementCategory=works,services", "p.main_procurement_category in ('works', 'services')");
        assertFilter("emergency=false&procurementMethod=open&status=active",
                "p.procurement_method_details not ilike '%emergencia%' and p.procurement_method = 'open' "
                        + "and c.status = 'active'");
    }

    @Test
    void shouldFilterTheEdgeCasesAsPublished() {
        assertThat(keys(PATH, "source=" + EDGE)).containsExactly("ctedge-4|C4", "ctedge-3|C3", "ctedge-3|C 3b",
                "ctedge-1|C1", "ctedge/2020/2|C2");
        assertThat(keys(PATH, "source=" + EDGE + "&currency=EUR")).containsExactly("ctedge/2020/2|C2");
        assertThat(keys(PATH, "source=" + EDGE + "&status=pending")).containsExactly("ctedge/2020/2|C2");
        assertThat(keys(PATH, "source=" + EDGE + "&supplier=0993038210001"))
                .containsExactly("ctedge-3|C3", "ctedge-3|C 3b", "ctedge-1|C1");
        assertThat(keys(PATH, "source=" + EDGE + "&supplier=1792345678001"))
                .containsExactly("ctedge-3|C3", "ctedge-3|C 3b");
        assertThat(keys(PATH, "source=" + EDGE + "&buyer=EC-RUC-1760001550001"))
                .containsExactly("ctedge-4|C4", "ctedge/2020/2|C2");
        assertThat(keys(PATH, "source=" + EDGE + "&classification=3529")).containsExactly("ctedge-1|C1");
        assertThat(keys(PATH, "source=" + EDGE + "&signedFrom=2020-04-02&signedTo=2020-04-02"))
                .containsExactly("ctedge-1|C1");
        assertThat(keys(PATH, "source=" + EDGE + "&awardedTo=2021-12-31")).containsExactly("ctedge-1|C1");
        assertThat(keys(PATH, "source=" + EDGE + "&minAmount=0.005&maxAmount=10.10&currency=USD"))
                .containsExactly("ctedge-3|C3", "ctedge-3|C 3b");
        assertThat(keys(PATH, "source=" + EDGE + "&minAmount=0.0051&currency=USD"))
                .containsExactly("ctedge-3|C 3b", "ctedge-1|C1");
        assertThat(keys(PATH, "source=" + EDGE + "&emergency=true")).containsExactly("ctedge-1|C1");
        assertThat(keys(PATH, "source=" + EDGE + "&procurementMethodDetails=contratacion%20directa"))
                .containsExactly("ctedge-4|C4");
        assertThat(keys(PATH, "source=" + EDGE + "&mainProcurementCategory=works")).containsExactly("ctedge-4|C4");
        assertThat(keys(PATH, "source=" + EDGE + "&publishedFrom=2021-06-01&publishedTo=2022-01-10"))
                .containsExactly("ctedge-3|C3", "ctedge-3|C 3b", "ctedge/2020/2|C2");
        assertThat(keys(PATH, "source=nobody-loaded-this")).isEmpty();
    }

    @Test
    void shouldSearchSpanishWordsWhateverTheirAccentsAndEndings() {
        assertThat(keys(PATH, "source=" + EDGE + "&q=mascarilla")).containsExactly("ctedge-1|C1");
        assertThat(keys(PATH, "source=" + EDGE + "&q=adquisicion"))
                .containsExactly("ctedge-3|C3", "ctedge-3|C 3b", "ctedge-1|C1");
        assertThat(keys(PATH, "source=" + EDGE + "&q=ADQUISICI%C3%93N&sort=relevance"))
                .as("the title match (weight A) before the description match (weight B)")
                .containsExactly("ctedge-1|C1", "ctedge-3|C3", "ctedge-3|C 3b");
        assertThat(keys(PATH, "source=" + EDGE + "&q=se%C3%B1alizacion")).containsExactly("ctedge/2020/2|C2");
        assertThat(keys(PATH, "source=" + EDGE + "&q=maxinsumo%20-escritorios")).containsExactly("ctedge-1|C1");
    }

    @Test
    void shouldSortByEveryAllowedOrder() {
        assertThat(keys(PATH, "source=" + GEN)).containsExactlyElementsOf(expected(GEN, "true", DEFAULT_ORDER));
        assertThat(keys(PATH, "source=" + GEN + "&sort=-dateSigned"))
                .containsExactlyElementsOf(expected(GEN, "true", DEFAULT_ORDER));
        assertThat(keys(PATH, "source=" + GEN + "&sort=dateSigned")).containsExactlyElementsOf(
                expected(GEN, "true", "c.date_signed nulls last, c.ocid, c.contract_id"));
        assertThat(keys(PATH, "source=" + GEN + "&sort=-amount&currency=USD")).containsExactlyElementsOf(
                expected(GEN, "c.value_currency = 'USD'", "c.value_amount desc nulls last, c.ocid desc, c.contract_id desc"));
        assertThat(keys(PATH, "source=" + GEN + "&sort=amount&currency=USD")).containsExactlyElementsOf(
                expected(GEN, "c.value_currency = 'USD'", "c.value_amount nulls last, c.ocid, c.contract_id"));
        String word = column("select w from (values ('mascarillas'), ('servicio'), ('adquisicion')) v(w) "
                + "order by w limit 1").get(0);
        List<String> ranked = expected(GEN, "p.search @@ websearch_to_tsquery('es_unaccent', '" + word + "')",
                "ts_rank_cd(p.search, websearch_to_tsquery('es_unaccent', '" + word + "')) desc, c.ocid desc, "
                        + "c.contract_id desc");
        assertThat(ranked).isNotEmpty();
        assertThat(keys(PATH, "source=" + GEN + "&q=" + word + "&sort=relevance")).containsExactlyElementsOf(ranked);
        assertThat(ListChecks.walk(PATH + "?source=" + GEN + "&q=" + word + "&sort=relevance&limit=4", () -> { }))
                .as("cursors carry ranks exactly").containsExactlyElementsOf(ranked);

        assertThat(keys(PATH, "source=" + EDGE + "&sort=dateSigned")).as("no signature date: last, either way")
                .containsExactly("ctedge-1|C1", "ctedge-3|C 3b", "ctedge-3|C3", "ctedge-4|C4", "ctedge/2020/2|C2");
        assertThat(keys(PATH, "source=" + EDGE + "&sort=amount&currency=USD"))
                .containsExactly("ctedge-3|C3", "ctedge-3|C 3b", "ctedge-1|C1");
        assertThat(keys(PATH, "source=" + EDGE + "&sort=-amount&currency=USD"))
                .containsExactly("ctedge-1|C1", "ctedge-3|C 3b", "ctedge-3|C3");
    }

    @Test
    void shouldWalkEveryPageOnceAndInOrderWhileIngestsCommit() {
        List<String> expected = expected(GEN, "true", DEFAULT_ORDER);
        String firstServed = expected.get(0);
        String lastServed = expected.get(expected.size() - 1);
        int[] pages = {0};
        List<String> walked = ListChecks.walk(PATH + "?source=" + GEN + "&limit=7", () -> {
            pages[0]++;
            if (pages[0] == 1) {
                ProcurementTestData.ingest("ct-other", """
                        {"ocid": "ctother-1", "id": "r1", "date": "2030-01-01T00:00:00Z", "tag": ["contract"],
                         "contracts": [{"id": "X", "dateSigned": "2030-01-01T00:00:00Z"}]}""");
            } else if (pages[0] == 2) {
                ProcurementTestData.ingest(GEN, "[" + retitle(firstServed) + "," + retitle(lastServed) + "]");
            }
        });
        assertThat(pages[0]).isGreaterThan(3);
        assertThat(walked).containsExactlyElementsOf(expected);
        String[] last = lastServed.split("\\|");
        assertThat(column("select title from contract where ocid = '" + last[0] + "' and contract_id = '" + last[1]
                + "'")).containsExactly("Titulo cambiado durante la lectura");

        List<String> edge = ListChecks.walk(PATH + "?source=" + EDGE + "&sort=dateSigned&limit=1", () -> { });
        assertThat(edge).as("from the dated contracts into those without a date")
                .containsExactly("ctedge-1|C1", "ctedge-3|C 3b", "ctedge-3|C3", "ctedge-4|C4", "ctedge/2020/2|C2");
        List<String> byAmount = ListChecks.walk(PATH + "?source=" + EDGE + "&sort=-amount&currency=USD&limit=2",
                () -> { });
        assertThat(byAmount).containsExactly("ctedge-1|C1", "ctedge-3|C 3b", "ctedge-3|C3");
    }

    private static String retitle(String key) {
        String[] parts = key.split("\\|");
        return """
                {"ocid": "%s", "id": "retitle-%s", "date": "2031-01-01T00:00:00Z", "tag": ["contractUpdate"],
                 "contracts": [{"id": "%s", "title": "Titulo cambiado durante la lectura"}]}"""
                .formatted(parts[0], parts[1], parts[1]);
    }

    @Test
    void shouldCountTheTotalOnlyWhenAsked() {
        int expected = expected(GEN, "p.procurement_method = 'direct'", DEFAULT_ORDER).size();
        given().when().get(PATH + "?source=" + GEN + "&procurementMethod=direct&limit=3&includeTotal=true")
                .then().statusCode(200)
                .body("meta.total", equalTo(expected))
                .body("meta.limit", equalTo(3))
                .body("data.size()", equalTo(3));
        given().when().get(PATH + "?source=" + GEN + "&procurementMethod=direct&limit=3")
                .then().statusCode(200)
                .body("meta.total", nullValue())
                .body("meta.dataAsOf", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldServeTheFieldsOfAContract() {
        JsonNode item = onePage(PATH, "source=" + EDGE + "&q=mascarillas").get(0);
        assertThat(item.get("id").asText()).isEqualTo("ctedge-1~C1");
        assertThat(item.get("awardID").asText()).isEqualTo("A1");
        assertThat(item.get("title").asText()).isEqualTo("Contrato de mascarillas");
        assertThat(item.get("status").asText()).isEqualTo("active");
        assertThat(item.get("dateSigned").asText()).isEqualTo("2020-04-02T15:00:00Z");
        assertThat(item.at("/period/startDate").asText()).isEqualTo("2020-04-02T05:00:00Z");
        assertThat(item.at("/period/endDate").asText()).isEqualTo("2020-05-02T05:00:00Z");
        assertThat(item.at("/value/amount").decimalValue()).isEqualTo(new java.math.BigDecimal("125900.50"));
        assertThat(item.at("/value/currency").asText()).isEqualTo("USD");
        assertThat(item.at("/buyer/id").asText()).isEqualTo("EC-RUC-1768152560001");
        assertThat(item.at("/buyer/name").asText()).isEqualTo("HOSPITAL EUGENIO ESPEJO");
        assertThat(item.get("suppliers")).hasSize(1);
        assertThat(item.at("/suppliers/0/id").asText()).isEqualTo("EC-RUC-0993038210001");
        assertThat(item.at("/suppliers/0/name").asText()).isEqualTo("MAXINSUMO S.A.");
        assertThat(item.get("procurementMethod").asText()).isEqualTo("direct");
        assertThat(item.get("procurementMethodDetails").asText()).isEqualTo("Contratación de Emergencia");
        assertThat(item.get("emergency").asBoolean()).isTrue();
        assertThat(item.get("mainProcurementCategory").asText()).isEqualTo("goods");
        assertThat(item.get("source").asText()).isEqualTo(EDGE);
        assertThat(item.at("/links/self").asText()).endsWith("/api/v1/contracts/ctedge-1~C1");
        assertThat(item.at("/links/process").asText()).endsWith("/api/v1/processes/ctedge-1");
        assertThat(item.at("/links/record").asText()).endsWith("/api/v1/records/ctedge-1");

        JsonNode slashed = onePage(PATH, "source=" + EDGE + "&currency=EUR").get(0);
        String id = "~" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("ctedge/2020/2\u0000C2".getBytes(StandardCharsets.UTF_8));
        assertThat(slashed.get("id").asText()).isEqualTo(id);
        assertThat(slashed.get("dateSigned").isNull()).isTrue();
        assertThat(slashed.get("title").asText()).isEqualTo("Limpieza, \"oficinas\"\nQuito");
        assertThat(slashed.at("/value/amount").decimalValue()).isEqualTo(new java.math.BigDecimal("5000"));
        assertThat(slashed.at("/suppliers/0/name").asText()).isEqualTo("LIMPIEZA \"TOTAL\", CIA. LTDA.");
        given().urlEncodingEnabled(false).when().get(slashed.at("/links/record").asText())
                .then().statusCode(200).body("records[0].ocid", equalTo("ctedge/2020/2"));

        JsonNode two = onePage(PATH, "source=" + EDGE + "&supplier=1792345678001").get(0);
        assertThat(two.get("suppliers")).extracting(node -> node.get("id").asText())
                .containsExactly("EC-RUC-0993038210001", "EC-RUC-1792345678001");
        assertThat(onePage(PATH, "source=" + EDGE + "&minAmount=1000000&currency=USD")).isEmpty();
    }

    @Test
    void shouldServeOneContractWithItsAwardItemsAndProcess() {
        JsonNode detail = ListChecks.get(PATH + "/ctedge-1~C1", "");
        JsonNode listed = onePage(PATH, "source=" + EDGE + "&q=mascarillas").get(0);
        listed.fieldNames().forEachRemaining(name ->
                assertThat(detail.get(name)).as(name + " as in the list").isEqualTo(listed.get(name)));
        assertThat(detail.at("/award/id").asText()).isEqualTo("ctedge-1~A1");
        assertThat(detail.at("/award/ocdsId").asText()).isEqualTo("A1");
        assertThat(detail.at("/award/date").asText()).isEqualTo("2020-03-30T21:00:00Z");
        assertThat(detail.at("/award/value/amount").decimalValue()).isEqualTo(new java.math.BigDecimal("125900.50"));
        assertThat(detail.at("/award/status").asText()).isEqualTo("active");
        assertThat(detail.get("items")).hasSize(2);
        assertThat(detail.at("/items/0/description").asText()).isEqualTo("MASCARILLA QUIRURGICA DESECHABLE");
        assertThat(detail.at("/items/0/classification/scheme").asText()).isEqualTo("CPC");
        assertThat(detail.at("/items/0/classification/id").asText()).isEqualTo("352900012");
        assertThat(detail.at("/items/0/classification/description").asText()).isEqualTo("MASCARILLAS");
        assertThat(detail.at("/items/0/quantity").decimalValue()).isEqualTo(new java.math.BigDecimal("20000"));
        assertThat(detail.at("/items/0/unit/name").asText()).isEqualTo("Unidad");
        assertThat(detail.at("/items/0/unit/value/amount").decimalValue()).isEqualTo(new java.math.BigDecimal("6.295"));
        assertThat(detail.at("/items/1/description").asText()).isEqualTo("GUANTES DE NITRILO");
        assertThat(detail.at("/items/1/quantity").decimalValue()).isEqualTo(new java.math.BigDecimal("500.5"));
        assertThat(detail.at("/items/1/classification").isNull()).isTrue();
        assertThat(detail.at("/process/ocid").asText()).isEqualTo("ctedge-1");
        assertThat(detail.at("/process/title").asText()).isEqualTo("ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS");
        assertThat(detail.at("/process/tender/status").asText()).isEqualTo("complete");
        assertThat(detail.at("/process/tender/value/amount").decimalValue()).isEqualTo(new java.math.BigDecimal("130000"));
        assertThat(detail.at("/process/tender/numberOfTenderers").asInt()).isEqualTo(1);

        JsonNode spaced = ListChecks.get(PATH + "/" + onePage(PATH, "source=" + EDGE + "&status=terminated").get(0)
                .get("id").asText(), "");
        assertThat(spaced.get("ocdsId").asText()).isEqualTo("C 3b");
        assertThat(spaced.at("/award/value/amount").decimalValue())
                .isEqualTo(new java.math.BigDecimal("1234567890123.456789"));
        assertThat(spaced.get("items")).isEmpty();

        JsonNode orphan = ListChecks.get(PATH + "/ctedge-4~C4", "");
        assertThat(orphan.get("awardID").asText()).isEqualTo("A-missing");
        assertThat(orphan.get("award").isNull()).isTrue();
        assertThat(orphan.get("value").isNull()).isTrue();
        assertThat(orphan.get("suppliers")).isEmpty();
    }

    @Test
    void shouldAnswerUnknownAndMalformedIdsWith404() {
        for (String id : List.of("ctedge-1~C9", "ctedge-1", "ctedge-1~C1~x", "~not*base64", "~" + Base64.getUrlEncoder()
                .withoutPadding().encodeToString("only-one-part".getBytes(StandardCharsets.UTF_8)), "~", "x".repeat(3000),
                "a%00b~c")) {
            given().urlEncodingEnabled(false).when().get(PATH + "/" + id)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://opencompras.org/problems/not-found"));
        }
    }

    @Test
    void shouldExportTheWholeListAsCsv() {
        for (String query : List.of("source=" + EDGE, "source=" + GEN + "&sort=-amount&currency=USD")) {
            List<JsonNode> items = onePage(PATH, query);
            String csv = given().urlEncodingEnabled(false).when().get(PATH + "?" + query + "&format=csv&limit=1")
                    .then().statusCode(200)
                    .contentType("text/csv; charset=UTF-8; header=present")
                    .header("Content-Disposition", "attachment; filename=\"contracts.csv\"")
                    .extract().asString(); // UTF-8 by the Content-Type
            ListChecks.assertCsvMatches(csv, items, CSV_HEADER);
        }
        byte[] raw = given().header("Accept", "text/csv").when().get(PATH + "?source=" + EDGE + "&currency=EUR")
                .then().statusCode(200).header("Content-Disposition", "attachment; filename=\"contracts.csv\"")
                .extract().asByteArray();
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", CSV_HEADER) + "\r\n");
        assertThat(text).contains(",\"Limpieza, \"\"oficinas\"\"\nQuito\",,pending,,,,5000,EUR,");
        assertThat(text).contains(",\"LIMPIEZA \"\"TOTAL\"\", CIA. LTDA.\",open,Licitación,false,services,ct-edge,");
        assertThat(text).endsWith("\r\n");
        assertThat(text.split("\r\n")).hasSize(2);
    }

    @Test
    void shouldExportTheWholeListAsJsonLines() {
        for (String query : List.of("source=" + EDGE, "source=" + GEN + "&sort=dateSigned")) {
            List<JsonNode> items = onePage(PATH, query);
            String ndjson = given().urlEncodingEnabled(false).when().get(PATH + "?" + query + "&format=ndjson")
                    .then().statusCode(200).contentType("application/x-ndjson")
                    .header("Content-Disposition", "attachment; filename=\"contracts.ndjson\"")
                    .extract().asString();
            ListChecks.assertNdjsonMatches(ndjson, items);
        }
        String viaAccept = given().header("Accept", "application/x-ndjson")
                .when().get(PATH + "?source=" + EDGE + "&status=pending")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        ListChecks.assertNdjsonMatches(viaAccept, onePage(PATH, "source=" + EDGE + "&status=pending"));
        given().header("Accept", "text/csv").when().get(PATH + "?source=" + EDGE + "&format=json")
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void shouldAnswerNotModifiedToACurrentEtag() {
        String etag = given().when().get(PATH + "?source=" + EDGE)
                .then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("W/\"");
        given().header("If-None-Match", etag).when().get(PATH + "?source=" + EDGE)
                .then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", etag).when().get(PATH + "?source=" + EDGE + "&sort=dateSigned")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseEveryBadParameterNamingIt() {
        String cursor = ListChecks.get(PATH, "source=" + GEN + "&limit=2").at("/links/next").asText()
                .replaceAll(".*cursor=", "");
        String awardCursor = ListChecks.get("/api/v1/awards", "source=" + GEN + "&limit=2").at("/links/next").asText()
                .replaceAll(".*cursor=", "");
        assertThat(ListChecks.get(PATH, "source=" + GEN + "&limit=2&cursor=" + cursor).get("data")).hasSize(2);
        String tampered = (cursor.charAt(5) == 'A' ? "B" : "A");
        tampered = cursor.substring(0, 5) + tampered + cursor.substring(6);
        List<List<String>> cases = List.of(
                List.of("sort=price", "sort"),
                List.of("sort=-amount", "sort"),
                List.of("sort=relevance", "sort"),
                List.of("sort=-date", "sort"),
                List.of("limit=0", "limit"),
                List.of("limit=100000", "limit"),
                List.of("limit=abc", "limit"),
                List.of("limit=-1", "limit"),
                List.of("signedFrom=2020-13-01", "signedFrom"),
                List.of("signedTo=yesterday", "signedTo"),
                List.of("signedFrom=2020-05-01&signedTo=2020-04-01", "signedTo"),
                List.of("awardedFrom=2020-03-16T00:00:00", "awardedFrom"),
                List.of("awardedTo=16/03/2020", "awardedTo"),
                List.of("publishedFrom=2020", "publishedFrom"),
                List.of("publishedTo=2020-02-30", "publishedTo"),
                List.of("minAmount=1,5&currency=USD", "minAmount"),
                List.of("minAmount=10", "minAmount"),
                List.of("maxAmount=1e9&currency=USD", "maxAmount"),
                List.of("minAmount=10&maxAmount=5&currency=USD", "maxAmount"),
                List.of("currency=usd", "currency"),
                List.of("status=signed", "status"),
                List.of("status=unsuccessful", "status"),
                List.of("procurementMethod=auction", "procurementMethod"),
                List.of("mainProcurementCategory=food", "mainProcurementCategory"),
                List.of("emergency=maybe", "emergency"),
                List.of("buyer=not%20an%20id", "buyer"),
                List.of("supplier=~*", "supplier"),
                List.of("classification=35%25", "classification"),
                List.of("q=" + "a".repeat(201), "q"),
                List.of("includeTotal=yes", "includeTotal"),
                List.of("format=xml", "format"),
                List.of("cursor=garbage", "cursor"),
                List.of("cursor=" + tampered, "cursor"),
                List.of("cursor=" + cursor + "&source=" + EDGE, "cursor"),
                List.of("cursor=" + cursor + "&sort=dateSigned", "cursor"),
                List.of("cursor=" + awardCursor, "cursor"));
        for (List<String> badCase : cases) {
            String query = badCase.get(0).startsWith("cursor=" + cursor) || badCase.get(0).startsWith("cursor=" + awardCursor)
                    ? badCase.get(0) + (badCase.get(0).contains("source=") ? "" : "&source=" + GEN)
                    : badCase.get(0) + "&source=" + GEN;
            if (badCase.get(0).contains("&source=" + EDGE)) {
                query = badCase.get(0) + "&limit=2";
            } else if (badCase.get(0).startsWith("cursor=")) {
                query = query + "&limit=2";
            }
            given().urlEncodingEnabled(false).when().get(PATH + "?" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://opencompras.org/problems/invalid-parameter"))
                    .body("invalidParams[0].name", equalTo(badCase.get(1)));
        }
        given().urlEncodingEnabled(false).header("Accept", "text/csv").when().get(PATH + "?sort=nope")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("sort"));
    }
}
