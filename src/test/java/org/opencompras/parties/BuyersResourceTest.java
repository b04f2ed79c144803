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

@QuarkusTest
class BuyersResourceTest {

    private static final String BUYERS_OF_GENERATED = "exists (select 1 from process p where p.buyer_id = o.id and "
            + source("p", GENERATED) + ")";

    @BeforeEach
    void load() {
        PartiesTestData.load();
    }

    @Test
    void shouldListTheBuyersOfASourceByNameWithTheirTotals() {
        List<JsonNode> items = walk("/api/v1/buyers?source=" + GENERATED + "&limit=100");
        assertThat(items.stream().map(item -> item.get("id").asText()).toList()).containsExactlyElementsOf(
                TestDatabase.column("select o.identity_key from organization o where " + BUYERS_OF_GENERATED
                        + " order by o.normalized_name, o.identity_key"));
        Map<String, List<String>> expected = new HashMap<>();
        TestDatabase.rows(PartiesTestData.buyerTotalsSql(BUYERS_OF_GENERATED)).forEach(row -> expected.put(row.get(0), row));
        for (JsonNode item : items) {
            List<String> row = expected.get(item.get("id").asText());
            assertThat(item.at("/totals/awards").asText()).as("awards of " + row.get(0)).isEqualTo(row.get(1));
            assertThat(item.at("/totals/contracts").asText()).as("contracts of " + row.get(0)).isEqualTo(row.get(2));
            assertThat(values(item.at("/totals/values"))).as("values of " + row.get(0))
                    .isEqualTo(row.get(3) == null ? "" : row.get(3));
            assertThat(item.at("/links/suppliers").asText()).endsWith("/api/v1/buyers/" + row.get(0) + "/suppliers");
        }
        assertThat(items).hasSizeGreaterThan(50);
    }

    @Test
    void shouldSortByContractsAndByAmountInOneCurrency() {
        String contracts = "(select count(*) from process p join contract c on c.ocid = p.ocid where p.buyer_id = o.id)";
        assertThat(ids("/api/v1/buyers?source=" + GENERATED + "&sort=-contracts&limit=40"))
                .containsExactlyElementsOf(TestDatabase.column("select o.identity_key from organization o where "
                        + BUYERS_OF_GENERATED + " order by " + contracts + " desc, o.identity_key desc"));
        String usd = "(select sum(c.value_amount) from process p join contract c on c.ocid = p.ocid "
                + "where p.buyer_id = o.id and c.value_currency = 'USD')";
        assertThat(ids("/api/v1/buyers?source=" + GENERATED + "&sort=-amount&currency=USD&limit=40"))
                .containsExactlyElementsOf(TestDatabase.column("select o.identity_key from organization o where "
                        + BUYERS_OF_GENERATED + " and " + usd + " is not null order by " + usd
                        + " desc, o.identity_key desc"));
        assertThat(ids("/api/v1/buyers?source=" + HAND + "&sort=-amount&currency=USD")).containsExactly(HB1, HB2);
        assertThat(ids("/api/v1/buyers?source=" + HAND + "&sort=-amount&currency=EUR")).containsExactly(HB1);
        assertThat(ids("/api/v1/buyers?source=" + HAND + "&sort=-contracts")).containsExactly(HB2, HB1);
    }

    @Test
    void shouldApplyEveryFilter() {
        Map<String, List<String>> cases = new TreeMap<>();
        cases.put("source=" + HAND, List.of(HB1, HB2));
        cases.put("source=" + HAND + "&name=autonomo", List.of(HB1));
        cases.put("source=" + HAND + "&name=Autónomo Quitó&sort=relevance", List.of(HB1));
        cases.put("source=" + HAND + "&name=salud", List.of(HB2));
        cases.put("ruc=1760990110001", List.of(HB2));
        cases.put("ruc=0991234578001", List.of());
        cases.put("source=" + HAND + "&rucValid=true", List.of(HB1, HB2));
        cases.put("source=" + HAND + "&rucValid=false", List.of());
        cases.forEach((query, expected) -> assertThat(ids("/api/v1/buyers?" + query)).as(query)
                .containsExactlyElementsOf(expected));
        String nameMatch = "exists (select 1 from organization_name n where n.organization_id = o.id and "
                + "n.normalized_name like '%MINISTERIO%')";
        assertThat(ids("/api/v1/buyers?source=" + GENERATED + "&name=ministerio&limit=500")).as("name search")
                .containsAll(TestDatabase.column("select o.identity_key from organization o where "
                        + BUYERS_OF_GENERATED + " and " + nameMatch));
    }

    @Test
    void shouldShowABuyerWithTotalsToTheCent() {
        JsonNode hb1 = get("/api/v1/buyers/" + HB1);
        assertThat(hb1.get("name").asText()).isEqualTo("Gobierno Autónomo Descentralizado de Quitó");
        assertThat(hb1.at("/ruc/type").asText()).isEqualTo("public");
        assertThat(hb1.at("/totals/awards").asInt()).isEqualTo(4);
        assertThat(hb1.at("/totals/contracts").asInt()).isEqualTo(4);
        assertThat(values(hb1.at("/totals/values"))).isEqualTo("EUR=700.30/2,USD=1300.10/2");
        assertThat(hb1.at("/totals/suppliers").asInt()).isEqualTo(3);
        assertThat(hb1.at("/totals").has("buyers")).isFalse();
        assertThat(hb1.at("/totals/firstAwardDate").asText()).isEqualTo("2024-03-15T15:00:00Z");
        assertThat(hb1.at("/totals/lastAwardDate").asText()).isEqualTo("2024-05-06T15:00:00Z");

        JsonNode hb2 = get("/api/v1/buyers/1760990110001");
        assertThat(hb2.get("id").asText()).isEqualTo(HB2);
        assertThat(hb2.at("/totals/awards").asInt()).isEqualTo(5);
        assertThat(hb2.at("/totals/contracts").asInt()).isEqualTo(4);
        assertThat(values(hb2.at("/totals/values"))).isEqualTo("USD=350.00/3,null=10/1");
        assertThat(hb2.at("/totals/suppliers").asInt()).isEqualTo(4);

        for (List<String> row : TestDatabase.rows(PartiesTestData.buyerTotalsSql(BUYERS_OF_GENERATED
                + " order by 3 desc, 1 limit 5"))) {
            JsonNode profile = get("/api/v1/buyers/" + PublicId.of(row.get(0)));
            assertThat(profile.at("/totals/awards").asText()).isEqualTo(row.get(1));
            assertThat(profile.at("/totals/contracts").asText()).isEqualTo(row.get(2));
            assertThat(values(profile.at("/totals/values"))).isEqualTo(row.get(3));
            assertThat(profile.at("/totals/firstAwardDate").asText()).isEqualTo(row.get(4));
            assertThat(profile.at("/totals/lastAwardDate").asText()).isEqualTo(row.get(5));
            assertThat(profile.at("/totals/suppliers").asText()).isEqualTo(row.get(6));
        }
    }

    @Test
    void shouldListABuyersContractsAndSuppliers() {
        assertThat(ids("/api/v1/buyers/" + HB2 + "/contracts?limit=3")).containsExactly(
                PublicId.of("ocds-t5part-h4", "c2"), PublicId.of("ocds-t5part-h4", "c1"),
                PublicId.of("ocds-t5part-h5", "c1"), PublicId.of("ocds-t5part-h3", "c1"));
        assertThat(ids("/api/v1/buyers/" + HB2 + "/contracts?supplier=" + S3)).containsExactly(
                PublicId.of("ocds-t5part-h4", "c2"));
        List<JsonNode> suppliers = walk("/api/v1/buyers/" + HB2 + "/suppliers?limit=3");
        assertThat(suppliers).extracting(s -> s.get("id").asText()).containsExactly(S4, S3, S2, S1);
        assertThat(suppliers.get(0).get("contracts").asInt()).isEqualTo(2);
        assertThat(values(suppliers.get(0).get("values"))).isEqualTo("USD=40.00/1,null=10/1");
        assertThat(suppliers.get(1).get("awards").asInt()).isEqualTo(2);
        assertThat(suppliers.get(1).get("contracts").asInt()).isEqualTo(1);
        assertThat(suppliers.get(1).at("/links/self").asText()).endsWith("/api/v1/suppliers/" + S3);
        assertThat(ids("/api/v1/buyers/" + HB2 + "/suppliers?sort=-amount&currency=USD")).containsExactly(S1, S3, S2, S4);
        assertThat(ids("/api/v1/buyers/" + HB2 + "/suppliers?sort=name")).containsExactly(S4, S1, S2, S3);
        given().when().get("/api/v1/buyers/" + HB2 + "/suppliers?includeTotal=true&limit=1")
                .then().statusCode(200).body("meta.total", equalTo(4));

        String top = TestDatabase.text("select o.identity_key from organization o where " + BUYERS_OF_GENERATED
                + " order by (select count(*) from process p join contract c on c.ocid = p.ocid where p.buyer_id = o.id) "
                + "desc, 1 limit 1");
        String of = "from process p join contract c on c.ocid = p.ocid join organization o on o.id = p.buyer_id "
                + "where o.identity_key = '" + top + "'";
        assertThat(walk("/api/v1/buyers/" + top + "/contracts?limit=2&sort=dateSigned"))
                .extracting(c -> c.get("ocid").asText() + " " + c.get("ocdsId").asText())
                .containsExactlyElementsOf(TestDatabase.column("select c.ocid || ' ' || c.contract_id " + of
                        + " order by c.date_signed nulls last, c.ocid, c.contract_id"));
    }

    @Test
    void shouldRefuseBadParametersAndUnknownBuyers() {
        Map<String, String> cases = new TreeMap<>();
        cases.put("/api/v1/buyers?sort=-amount", "sort");
        cases.put("/api/v1/buyers?sort=relevance", "sort");
        cases.put("/api/v1/buyers?rucValid=maybe", "rucValid");
        cases.put("/api/v1/buyers?ruc=17609901100011", "ruc");
        cases.put("/api/v1/buyers?limit=-1", "limit");
        cases.put("/api/v1/buyers/a b", "id");
        cases.put("/api/v1/buyers/" + HB1 + "/suppliers?sort=-amount", "sort");
        cases.put("/api/v1/buyers/" + HB1 + "/suppliers?currency=dollars", "currency");
        cases.put("/api/v1/buyers/" + HB1 + "/contracts?awardedTo=soon", "awardedTo");
        cases.forEach((url, parameter) -> given().when().get(url)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo(parameter)));
        for (String url : List.of("/api/v1/buyers/" + S1, "/api/v1/buyers/1760990380001",
                "/api/v1/buyers/1760990380001/suppliers", "/api/v1/buyers/1760990380001/contracts")) {
            given().when().get(url).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://opencompras.org/problems/not-found"));
        }
    }
}
