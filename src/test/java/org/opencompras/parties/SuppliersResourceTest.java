package org.opencompras.parties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencompras.parties.PartiesTestData.GENERATED;
import static org.opencompras.parties.PartiesTestData.HAND;
import static org.opencompras.parties.PartiesTestData.HB1;
import static org.opencompras.parties.PartiesTestData.HB2;
import static org.opencompras.parties.PartiesTestData.S1;
import static org.opencompras.parties.PartiesTestData.S2;
import static org.opencompras.parties.PartiesTestData.S3;
import static org.opencompras.parties.PartiesTestData.S4;
import static org.opencompras.parties.PartiesTestData.S5;
import static org.opencompras.parties.PartiesTestData.get;
import static org.opencompras.parties.PartiesTestData.ids;
import static org.opencompras.parties.PartiesTestData.source;
import static org.opencompras.parties.PartiesTestData.values;
import static org.opencompras.parties.PartiesTestData.walk;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.common.api.PublicId;
import org.opencompras.contract.CsvReader;
import org.opencompras.contract.ListChecks;

@QuarkusTest
class SuppliersResourceTest {

    private static final String SUPPLIERS_OF_GENERATED = "exists (select 1 from award_supplier w join process p on "
            + "p.ocid = w.ocid where w.organization_id = o.id and " + source("p", GENERATED) + ")";

    @BeforeEach
    void load() {
        PartiesTestData.load();
    }

    // ---- lists: every filter and sort against plain SQL over the stored rows

    @Test
    void shouldListTheSuppliersOfASourceByNameWithTheirTotals() {
        List<JsonNode> items = walk("/api/v1/suppliers?source=" + GENERATED + "&limit=150");
        assertThat(items.stream().map(item -> item.get("id").asText()).toList()).containsExactlyElementsOf(
                TestDatabase.column("select o.identity_key from organization o where " + SUPPLIERS_OF_GENERATED
                        + " order by o.normalized_name, o.identity_key"));
        Map<String, List<String>> expected = new HashMap<>();
        TestDatabase.rows(PartiesTestData.supplierTotalsSql(SUPPLIERS_OF_GENERATED))
                .forEach(row -> expected.put(row.get(0), row));
        for (JsonNode item : items) {
            List<String> row = expected.get(item.get("id").asText());
            assertThat(item.at("/totals/awards").asText()).as("awards of " + row.get(0)).isEqualTo(row.get(1));
            assertThat(item.at("/totals/contracts").asText()).as("contracts of " + row.get(0)).isEqualTo(row.get(2));
            assertThat(values(item.at("/totals/values"))).as("values of " + row.get(0))
                    .isEqualTo(row.get(3) == null ? "" : row.get(3));
        }
        assertThat(items).hasSizeGreaterThan(100);
    }

    @Test
    void shouldExportTheWholeListAsCsvAndJsonLines() {
        String query = "/api/v1/suppliers?source=" + GENERATED + "&sort=-contracts";
        List<JsonNode> items = walk(query + "&limit=500");
        assertThat(items).hasSizeGreaterThan(100);
        String ndjson = given().when().get(query + "&format=ndjson&limit=1")
                .then().statusCode(200).contentType("application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"suppliers.ndjson\"").extract().asString();
        ListChecks.assertNdjsonMatches(ndjson, items);
        String csv = given().header("Accept", "text/csv").when().get(query)
                .then().statusCode(200).header("Content-Disposition", "attachment; filename=\"suppliers.csv\"")
                .extract().asString();
        List<List<String>> records = CsvReader.read(csv);
        List<String> header = records.get(0);
        assertThat(records).hasSize(items.size() + 1);
        for (int row = 0; row < items.size(); row++) {
            JsonNode item = items.get(row);
            List<String> record = records.get(row + 1);
            assertThat(record.get(header.indexOf("id"))).isEqualTo(item.get("id").asText());
            assertThat(record.get(header.indexOf("totals.contracts"))).isEqualTo(item.at("/totals/contracts").asText());
            List<String> sums = new java.util.ArrayList<>();
            item.at("/totals/values").forEach(value -> sums.add(value.get("currency").asText() + " "
                    + value.get("amount").decimalValue().toPlainString() + " (" + value.get("count").asText() + ")"));
            assertThat(record.get(header.indexOf("totals.values"))).isEqualTo(String.join("; ", sums));
        }
    }

    @Test
    void shouldSortByContractsAndByAmountInOneCurrency() {
        String contracts = "(select count(*) from award_supplier w join contract c on c.ocid = w.ocid and "
                + "c.award_id = w.award_id where w.organization_id = o.id)";
        assertThat(ids("/api/v1/suppliers?source=" + GENERATED + "&sort=-contracts&limit=70"))
                .containsExactlyElementsOf(TestDatabase.column("select o.identity_key from organization o where "
                        + SUPPLIERS_OF_GENERATED + " order by " + contracts + " desc, o.identity_key desc"));
        String usd = "(select sum(c.value_amount) from award_supplier w join contract c on c.ocid = w.ocid and "
                + "c.award_id = w.award_id where w.organization_id = o.id and c.value_currency = 'USD')";
        assertThat(ids("/api/v1/suppliers?source=" + GENERATED + "&sort=-amount&currency=USD&limit=70"))
                .containsExactlyElementsOf(TestDatabase.column("select o.identity_key from organization o where "
                        + SUPPLIERS_OF_GENERATED + " and " + usd + " is not null order by " + usd
                        + " desc, o.identity_key desc"));
        assertThat(ids("/api/v1/suppliers?source=" + HAND + "&sort=-amount&currency=EUR")).containsExactly(S1, S5);
        assertThat(ids("/api/v1/suppliers?source=" + HAND + "&sort=-amount&currency=USD"))
                .containsExactly(S1, S2, S3, S4);
        assertThat(ids("/api/v1/suppliers?source=" + HAND + "&sort=-contracts")).containsExactly(S1, S4, S2, S3, S5);
    }

    @Test
    void shouldApplyEveryFilter() {
        Map<String, List<String>> cases = new TreeMap<>();
        cases.put("source=" + HAND, List.of(S5, S4, S1, S2, S3));
        cases.put("ruc=0991234578001", List.of(S1));
        cases.put("ruc=0991234640001", List.of());
        cases.put("source=" + HAND + "&rucValid=true", List.of(S1, S2, S3));
        cases.put("source=" + HAND + "&rucValid=false", List.of(S4));
        cases.put("source=" + HAND + "&currency=EUR", List.of(S5, S1));
        cases.put("source=" + HAND + "&name=farmacia", List.of(S4));
        cases.put("source=no-such-source", List.of());
        cases.forEach((query, expected) -> assertThat(ids("/api/v1/suppliers?" + query)).as(query)
                .containsExactlyElementsOf(expected));
        assertThat(ids("/api/v1/suppliers?rucValid=false&limit=500")).containsExactlyElementsOf(TestDatabase.column(
                "select o.identity_key from organization o where o.ruc_valid = false and exists (select 1 from "
                        + "award_supplier w where w.organization_id = o.id) order by o.normalized_name, o.identity_key"));
        assertThat(ids("/api/v1/suppliers?source=" + GENERATED + "&rucValid=true&currency=USD&limit=500"))
                .containsExactlyElementsOf(TestDatabase.column("select o.identity_key from organization o where "
                        + SUPPLIERS_OF_GENERATED + " and o.ruc_valid and exists (select 1 from award_supplier w join "
                        + "contract c on c.ocid = w.ocid and c.award_id = w.award_id where w.organization_id = o.id "
                        + "and c.value_currency = 'USD' and c.value_amount is not null) "
                        + "order by o.normalized_name, o.identity_key"));
        given().when().get("/api/v1/suppliers?source=" + HAND + "&includeTotal=true&limit=2")
                .then().statusCode(200).body("meta.total", equalTo(5)).body("data.size()", equalTo(2));
    }

    @Test
    void shouldFindEverySpellingOfANameAndRankTheClosestFirst() {
        assertThat(ids("/api/v1/suppliers?source=" + HAND + "&name=MAXINSUMO&sort=relevance"))
                .containsExactly(S1, S2, S3);
        // Each spelling finds the same supplier, first.
        for (String name : List.of("MAX INSUMO", "max-insumo", "Maxinsumo S.A.", "MAXIMSUMO", "maxinsumo sa")) {
            assertThat(ids("/api/v1/suppliers?source=" + HAND + "&sort=relevance&name=" + name)).as(name)
                    .startsWith(S1);
        }
        assertThat(ids("/api/v1/suppliers?source=" + HAND + "&name=pacifico")).as("a part of a long name")
                .containsExactly(S3);
        // The ranking, against the trigram similarity of every stored spelling.
        String similarity = "(select max(public.similarity(n.compact_name, 'MAXINSUMO')) from organization_name n "
                + "where n.organization_id = o.id)";
        assertThat(ids("/api/v1/suppliers?source=" + HAND + "&name=MAXINSUMO&sort=relevance")).containsExactlyElementsOf(
                TestDatabase.column("select o.identity_key from organization o where o.identity_key in ('" + S1
                        + "', '" + S2 + "', '" + S3 + "') order by " + similarity + " desc, o.identity_key desc"));
        assertThat(ids("/api/v1/suppliers?source=" + HAND + "&name=MAXINSUMO")).as("by name when not by relevance")
                .containsExactly(S1, S2, S3);
        assertThat(ids("/api/v1/suppliers?source=" + HAND + "&name=zzyzx")).isEmpty();
    }

    // ---- one supplier

    @Test
    void shouldShowASupplierWithEveryNameAndTotalsToTheCent() {
        JsonNode s1 = get("/api/v1/suppliers/" + S1);
        assertThat(s1.get("id").asText()).isEqualTo(S1);
        assertThat(s1.get("name").asText()).isEqualTo("MAX INSUMO S.A.");
        assertThat(s1.at("/identifier/scheme").asText()).isEqualTo("EC-RUC");
        assertThat(s1.at("/identifier/id").asText()).isEqualTo("0991234578001");
        assertThat(s1.at("/ruc/valid").asBoolean()).isTrue();
        assertThat(s1.at("/ruc/type").asText()).isEqualTo("private");
        assertThat(s1.get("nameVariants")).extracting(JsonNode::asText)
                .containsExactly("MAX INSUMO S.A.", "MAX-INSUMO", "Maxinsumo SA");
        assertThat(s1.at("/totals/awards").asInt()).isEqualTo(3);
        assertThat(s1.at("/totals/contracts").asInt()).isEqualTo(3);
        assertThat(values(s1.at("/totals/values"))).isEqualTo("EUR=500.25/1,USD=1250.10/2");
        assertThat(s1.at("/totals/firstAwardDate").asText()).isEqualTo("2023-11-05T15:00:00Z");
        assertThat(s1.at("/totals/lastAwardDate").asText()).isEqualTo("2024-05-05T15:00:00Z");
        assertThat(s1.at("/totals/buyers").asInt()).isEqualTo(2);
        assertThat(s1.at("/totals").has("suppliers")).isFalse();
        assertThat(s1.get("totalsAsOf").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(s1.at("/links/self").asText()).endsWith("/api/v1/suppliers/" + S1);
        assertThat(s1.at("/links/buyers").asText()).endsWith("/api/v1/suppliers/" + S1 + "/buyers");

        JsonNode s4 = get("/api/v1/suppliers/1790012345001");
        assertThat(s4.get("id").asText()).as("a bare RUC finds it").isEqualTo(S4);
        assertThat(s4.at("/ruc/valid").asBoolean()).isFalse();
        assertThat(s4.at("/ruc/type").isNull()).isTrue();
        assertThat(values(s4.at("/totals/values"))).as("an unknown currency is kept apart").isEqualTo("USD=40.00/1,null=10/1");

        JsonNode s5 = get("/api/v1/suppliers/" + S5);
        assertThat(s5.get("ruc").isNull()).isTrue();
        assertThat(s5.at("/identifier/scheme").asText()).isEqualTo("DE-CR");
        assertThat(values(s5.at("/totals/values"))).isEqualTo("EUR=200.05/1");
    }

    @Test
    void shouldShowGeneratedSuppliersAsTheStoredRowsAddUp() {
        List<List<String>> rows = TestDatabase.rows(PartiesTestData.supplierTotalsSql(SUPPLIERS_OF_GENERATED
                + " order by 3 desc, 1 limit 5"));
        for (List<String> row : rows) {
            JsonNode profile = get("/api/v1/suppliers/" + PublicId.of(row.get(0)));
            assertThat(profile.at("/totals/awards").asText()).isEqualTo(row.get(1));
            assertThat(profile.at("/totals/contracts").asText()).isEqualTo(row.get(2));
            assertThat(values(profile.at("/totals/values"))).isEqualTo(row.get(3));
            assertThat(profile.at("/totals/firstAwardDate").asText()).isEqualTo(row.get(4));
            assertThat(profile.at("/totals/lastAwardDate").asText()).isEqualTo(row.get(5));
            assertThat(profile.at("/totals/buyers").asText()).isEqualTo(row.get(6));
            assertThat(profile.get("nameVariants")).extracting(JsonNode::asText).containsExactlyElementsOf(
                    TestDatabase.column("select n.name from organization_name n join organization o on o.id = "
                            + "n.organization_id where o.identity_key = '" + row.get(0) + "' order by n.name"));
        }
        assertThat(rows).hasSize(5);
    }

    // ---- a supplier's contracts and buyers

    @Test
    void shouldListASuppliersContractsWithFiltersAndSorts() {
        List<JsonNode> contracts = walk("/api/v1/suppliers/" + S1 + "/contracts?limit=2");
        assertThat(contracts).extracting(c -> c.get("id").asText()).containsExactly(
                PublicId.of("ocds-t5part-h2", "c1"), PublicId.of("ocds-t5part-h1", "c1"),
                PublicId.of("ocds-t5part-h3", "c1"));
        JsonNode first = contracts.get(0);
        assertThat(first.get("ocid").asText()).isEqualTo("ocds-t5part-h2");
        assertThat(first.get("ocdsId").asText()).isEqualTo("c1");
        assertThat(first.get("awardID").asText()).isEqualTo("a1");
        assertThat(first.get("dateSigned").asText()).isEqualTo("2024-05-10T15:00:00Z");
        assertThat(first.at("/value/amount").decimalValue()).isEqualByComparingTo("500.25");
        assertThat(first.at("/value/currency").asText()).isEqualTo("EUR");
        assertThat(first.at("/buyer/id").asText()).isEqualTo(HB1);
        assertThat(first.at("/buyer/name").asText()).isEqualTo("Gobierno Autónomo Descentralizado de Quitó");
        assertThat(first.at("/suppliers/0/id").asText()).isEqualTo(S1);
        assertThat(first.at("/suppliers/0/name").asText()).isEqualTo("MAX-INSUMO");
        assertThat(first.get("procurementMethod").asText()).isEqualTo("direct");
        assertThat(first.at("/links/process").asText()).endsWith("/api/v1/processes/ocds-t5part-h2");
        assertThat(contracts.get(2).get("dateSigned").isNull()).as("unsigned last").isTrue();

        assertThat(ids("/api/v1/suppliers/" + S1 + "/contracts?currency=USD&sort=amount")).containsExactly(
                PublicId.of("ocds-t5part-h3", "c1"), PublicId.of("ocds-t5part-h1", "c1"));
        assertThat(ids("/api/v1/suppliers/" + S1 + "/contracts?signedFrom=2024-04-01")).containsExactly(
                PublicId.of("ocds-t5part-h2", "c1"));
        assertThat(ids("/api/v1/suppliers/" + S1 + "/contracts?sort=dateSigned&buyer=" + HB1)).containsExactly(
                PublicId.of("ocds-t5part-h1", "c1"), PublicId.of("ocds-t5part-h2", "c1"));
        List<JsonNode> shared = walk("/api/v1/suppliers/" + S3 + "/contracts");
        assertThat(shared).hasSize(1);
        assertThat(shared.get(0).get("suppliers")).extracting(s -> s.get("id").asText()).containsExactly(S2, S3);
        given().when().get("/api/v1/suppliers/" + S1 + "/contracts?includeTotal=true&limit=1")
                .then().statusCode(200).body("meta.total", equalTo(3));

        String top = TestDatabase.text("select o.identity_key from organization o where " + SUPPLIERS_OF_GENERATED
                + " order by (select count(*) from award_supplier w where w.organization_id = o.id) desc, 1 limit 1");
        String of = "from award_supplier w join contract c on c.ocid = w.ocid and c.award_id = w.award_id "
                + "join organization o on o.id = w.organization_id where o.identity_key = '" + top + "'";
        assertThat(walk("/api/v1/suppliers/" + top + "/contracts?limit=3")).extracting(c -> c.get("ocid").asText()
                + " " + c.get("ocdsId").asText()).containsExactlyElementsOf(TestDatabase.column(
                "select c.ocid || ' ' || c.contract_id " + of + " order by c.date_signed desc nulls last, c.ocid desc, "
                        + "c.contract_id desc"));
        assertThat(walk("/api/v1/suppliers/" + top + "/contracts?limit=3&sort=-amount&currency=USD"))
                .extracting(c -> c.get("ocid").asText() + " " + c.get("ocdsId").asText())
                .containsExactlyElementsOf(TestDatabase.column("select c.ocid || ' ' || c.contract_id " + of
                        + " and c.value_currency = 'USD' order by c.value_amount desc nulls last, c.ocid desc, "
                        + "c.contract_id desc"));
    }

    @Test
    void shouldListASuppliersBuyersWithWhatLinksThem() {
        List<JsonNode> buyers = walk("/api/v1/suppliers/" + S1 + "/buyers");
        assertThat(buyers).extracting(b -> b.get("id").asText()).containsExactly(HB1, HB2);
        assertThat(buyers.get(0).get("name").asText()).isEqualTo("Gobierno Autónomo Descentralizado de Quitó");
        assertThat(buyers.get(0).get("awards").asInt()).isEqualTo(2);
        assertThat(buyers.get(0).get("contracts").asInt()).isEqualTo(2);
        assertThat(values(buyers.get(0).get("values"))).isEqualTo("EUR=500.25/1,USD=1000.10/1");
        assertThat(buyers.get(0).at("/links/self").asText()).endsWith("/api/v1/buyers/" + HB1);
        assertThat(values(buyers.get(1).get("values"))).isEqualTo("USD=250.00/1");
        assertThat(ids("/api/v1/suppliers/" + S1 + "/buyers?sort=-amount&currency=USD")).containsExactly(HB1, HB2);
        assertThat(ids("/api/v1/suppliers/" + S1 + "/buyers?sort=-amount&currency=EUR")).containsExactly(HB1);
        assertThat(ids("/api/v1/suppliers/" + S1 + "/buyers?sort=name")).containsExactly(HB1, HB2);

        String top = TestDatabase.text("select o.identity_key from organization o where " + SUPPLIERS_OF_GENERATED
                + " order by (select count(distinct p.buyer_id) from award_supplier w join process p on p.ocid = w.ocid "
                + "where w.organization_id = o.id) desc, 1 limit 1");
        List<List<String>> expected = TestDatabase.rows("""
                select b.identity_key, count(*),
                       sum((select count(*) from contract c where c.ocid = w.ocid and c.award_id = w.award_id))
                from award_supplier w join process p on p.ocid = w.ocid join organization b on b.id = p.buyer_id
                join organization s on s.id = w.organization_id
                where s.identity_key = '%s' group by b.identity_key, b.normalized_name
                order by 3 desc, 1 desc""".formatted(top));
        assertThat(walk("/api/v1/suppliers/" + top + "/buyers?limit=2")).extracting(b -> List.of(
                b.get("id").asText(), b.get("awards").asText(), b.get("contracts").asText()))
                .containsExactlyElementsOf(expected);
        assertThat(expected).hasSizeGreaterThan(1);
    }

    // ---- errors

    @Test
    void shouldRefuseBadParametersNamingThem() {
        Map<String, String> cases = new TreeMap<>();
        cases.put("/api/v1/suppliers?sort=-amount", "sort");
        cases.put("/api/v1/suppliers?sort=relevance", "sort");
        cases.put("/api/v1/suppliers?sort=biggest", "sort");
        cases.put("/api/v1/suppliers?rucValid=maybe", "rucValid");
        cases.put("/api/v1/suppliers?ruc=123", "ruc");
        cases.put("/api/v1/suppliers?ruc=EC-RUC-0991234578001", "ruc");
        cases.put("/api/v1/suppliers?currency=usd", "currency");
        cases.put("/api/v1/suppliers?name=...", "name");
        cases.put("/api/v1/suppliers?limit=0", "limit");
        cases.put("/api/v1/suppliers?limit=100000", "limit");
        cases.put("/api/v1/suppliers?limit=abc", "limit");
        cases.put("/api/v1/suppliers?cursor=abc.def", "cursor");
        cases.put("/api/v1/suppliers?includeTotal=yes", "includeTotal");
        cases.put("/api/v1/suppliers/not an id", "id");
        cases.put("/api/v1/suppliers/~~~", "id");
        cases.put("/api/v1/suppliers/not an id/contracts", "id");
        cases.put("/api/v1/suppliers/" + S1 + "/contracts?status=complete", "status");
        cases.put("/api/v1/suppliers/" + S1 + "/contracts?sort=-amount", "sort");
        cases.put("/api/v1/suppliers/" + S1 + "/contracts?signedFrom=2024-02-30", "signedFrom");
        cases.put("/api/v1/suppliers/" + S1 + "/contracts?minAmount=1,5&currency=USD", "minAmount");
        cases.put("/api/v1/suppliers/" + S1 + "/buyers?sort=-amount", "sort");
        cases.put("/api/v1/suppliers/" + S1 + "/buyers?limit=501", "limit");
        cases.forEach((url, parameter) -> given().when().get(url)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/invalid-parameter"))
                .body("invalidParams[0].name", equalTo(parameter)));
    }

    @Test
    void shouldAnswerUnknownSuppliersWithNotFound() {
        for (String url : List.of("/api/v1/suppliers/0991234640001", "/api/v1/suppliers/EC-RUC-0991234640001",
                "/api/v1/suppliers/" + HB2, "/api/v1/suppliers/0991234640001/contracts",
                "/api/v1/suppliers/0991234640001/buyers")) {
            given().when().get(url).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://opencompras.org/problems/not-found"));
        }
        given().when().get("/api/v1/suppliers/0991234640001").then()
                .body("detail", equalTo("No supplier with id '0991234640001'"));
    }

    @Test
    void shouldRefuseACursorOfAnotherList() {
        String next = get("/api/v1/suppliers?source=" + GENERATED + "&limit=2").at("/links/next").asText();
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
        given().when().get("/api/v1/suppliers?source=" + GENERATED + "&limit=2&sort=-contracts&cursor=" + cursor)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
        given().when().get("/api/v1/buyers?source=" + GENERATED + "&limit=2&cursor=" + cursor)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
    }
}
