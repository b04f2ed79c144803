package org.opencompras.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencompras.stats.StatsTestData.B1;
import static org.opencompras.stats.StatsTestData.B2;
import static org.opencompras.stats.StatsTestData.HAND;
import static org.opencompras.stats.StatsTestData.PAIR;
import static org.opencompras.stats.StatsTestData.S1;
import static org.opencompras.stats.StatsTestData.S2;
import static org.opencompras.stats.StatsTestData.S3;
import static org.opencompras.stats.StatsTestData.S4;
import static org.opencompras.stats.StatsTestData.S5;
import static org.opencompras.stats.StatsTestData.S6;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.common.json.Json;

/** The statistics over hand-written data whose answers are known by construction. */
@QuarkusTest
class StatsResourceTest {

    @BeforeEach
    void load() {
        StatsTestData.load();
    }

    @Test
    void shouldSummarizeCountsAndValuesPerCurrencyWithoutAddingCurrencies() {
        JsonNode answer = get("/api/v1/stats/summary?source=" + HAND);
        JsonNode data = answer.get("data");
        assertThat(data.get("contracts").asLong()).isEqualTo(10);
        assertThat(data.get("processes").asLong()).isEqualTo(10);
        assertThat(data.get("buyers").asLong()).isEqualTo(2);
        assertThat(data.get("suppliers").asLong()).isEqualTo(4);
        assertThat(data.get("withoutValue").asLong()).isEqualTo(1);
        assertThat(currencies(data.get("values"))).containsExactly(
                "EUR count=1 amount=50 min=50 max=50",
                "USD count=8 amount=800 min=10 max=490");
        assertThat(answer.at("/meta/filters/source").asText()).isEqualTo(HAND);
        assertThat(answer.at("/meta/dataAsOf").asText()).endsWith("Z");
    }

    @Test
    void shouldSummarizeWithTheSharedFilters() {
        JsonNode data = get("/api/v1/stats/summary?source=" + HAND + "&buyer=" + B2).get("data");
        assertThat(data.get("contracts").asLong()).isEqualTo(2);
        assertThat(data.get("suppliers").asLong()).isEqualTo(2);
        assertThat(currencies(data.get("values"))).containsExactly(
                "EUR count=1 amount=50 min=50 max=50", "USD count=1 amount=490 min=490 max=490");
        JsonNode cancelled = get("/api/v1/stats/summary?source=" + HAND + "&status=cancelled");
        assertThat(cancelled.at("/data/contracts").asLong()).isEqualTo(1);
        assertThat(cancelled.at("/data/withoutValue").asLong()).isEqualTo(1);
        assertThat(cancelled.at("/data/values")).isEmpty();
        assertThat(cancelled.at("/meta/filters/status/0").asText()).isEqualTo("cancelled");
    }

    @Test
    void shouldCountEveryMonthFromTheFirstToTheLastInEcuadorsCalendar() {
        JsonNode data = get("/api/v1/stats/timeline?source=" + HAND).get("data");
        assertThat(data.get("interval").asText()).isEqualTo("month");
        assertThat(data.get("timeZone").asText()).isEqualTo("America/Guayaquil");
        JsonNode periods = data.get("periods");
        assertThat(periods).hasSize(18);
        // The contract signed at 23:30 on 31 January in Quito (February in UTC) is January's.
        assertThat(period(periods.get(0))).isEqualTo("2020-01-01T00:00:00-05:00 3 0 [EUR 50 (1), USD 30 (2)]");
        assertThat(period(periods.get(1))).isEqualTo("2020-02-01T00:00:00-05:00 0 0 []");
        assertThat(period(periods.get(2))).isEqualTo("2020-03-01T00:00:00-05:00 5 1 [USD 230 (4)]");
        assertThat(period(periods.get(3))).isEqualTo("2020-04-01T00:00:00-05:00 0 0 []");
        assertThat(period(periods.get(17))).isEqualTo("2021-06-01T00:00:00-05:00 1 0 [USD 50 (1)]");
        assertThat(data.at("/undated/contracts").asLong()).isEqualTo(1);
        assertThat(values(data.at("/undated/values"))).isEqualTo("[USD 490 (1)]");
    }

    @Test
    void shouldCountWeeksAndYears() {
        JsonNode weeks = get("/api/v1/stats/timeline?interval=week&source=" + HAND).at("/data/periods");
        // From the week of 15 January 2020 (Monday the 13th) to that of 1 June 2021 (Monday 31 May).
        assertThat(weeks).hasSize(73);
        assertThat(period(weeks.get(0))).isEqualTo("2020-01-13T00:00:00-05:00 1 0 [USD 10 (1)]");
        assertThat(period(weeks.get(1))).isEqualTo("2020-01-20T00:00:00-05:00 1 0 [EUR 50 (1)]");
        assertThat(period(weeks.get(2))).isEqualTo("2020-01-27T00:00:00-05:00 1 0 [USD 20 (1)]");
        assertThat(period(weeks.get(3))).isEqualTo("2020-02-03T00:00:00-05:00 0 0 []");
        assertThat(weeks.get(72).get("start").asText()).isEqualTo("2021-05-31T00:00:00-05:00");
        JsonNode years = get("/api/v1/stats/timeline?interval=year&source=" + HAND).at("/data/periods");
        assertThat(years).hasSize(2);
        assertThat(period(years.get(0))).isEqualTo("2020-01-01T00:00:00-05:00 8 1 [EUR 50 (1), USD 260 (6)]");
        assertThat(period(years.get(1))).isEqualTo("2021-01-01T00:00:00-05:00 1 0 [USD 50 (1)]");
    }

    @Test
    void shouldPlaceContractsByPublicationWhenAsked() {
        JsonNode data = get("/api/v1/stats/timeline?dateField=published&source=" + HAND).get("data");
        // Published at 2020-01-01T00:00Z, which is still 31 December 2019 in Quito.
        assertThat(data.get("periods")).hasSize(1);
        assertThat(data.at("/periods/0/start").asText()).isEqualTo("2019-12-01T00:00:00-05:00");
        assertThat(data.at("/periods/0/contracts").asLong()).isEqualTo(10);
        assertThat(data.at("/undated/contracts").asLong()).isZero();
    }

    @Test
    void shouldGroupBySupplierMostContractsFirstAndPageLikeTheLists() {
        List<JsonNode> rows = walk("/api/v1/stats/by?dimension=supplier&limit=2&source=" + HAND);
        assertThat(rows.stream().map(row -> row.get("id").asText()).toList()).containsExactly(S1, S4, S3, S2);
        JsonNode s1 = rows.get(0);
        assertThat(s1.get("name").asText()).isEqualTo("SUPPLIER " + S1);
        assertThat(group(s1)).isEqualTo("7 2 - 0 [USD 700 (7)]");
        assertThat(group(rows.get(1))).isEqualTo("1 1 - 1 []");
        assertThat(group(rows.get(3))).isEqualTo("1 1 - 0 [EUR 50 (1)]");
    }

    @Test
    void shouldGroupByBuyerMethodAndStatus() {
        JsonNode buyers = get("/api/v1/stats/by?dimension=buyer&source=" + HAND).get("data");
        assertThat(buyers.get(0).get("id").asText()).isEqualTo(B1);
        assertThat(group(buyers.get(0))).isEqualTo("8 - 3 1 [USD 310 (7)]");
        assertThat(buyers.get(1).get("id").asText()).isEqualTo(B2);
        assertThat(group(buyers.get(1))).isEqualTo("2 - 2 0 [EUR 50 (1), USD 490 (1)]");
        JsonNode methods = get("/api/v1/stats/by?dimension=method&source=" + HAND).get("data");
        assertThat(ids(methods)).containsExactly("direct 7", "open 3");
        assertThat(group(methods.get(0))).isEqualTo("7 2 1 0 [USD 700 (7)]");
        assertThat(group(methods.get(1))).isEqualTo("3 2 3 1 [EUR 50 (1), USD 100 (1)]");
        assertThat(methods.get(0).get("name").isNull()).isTrue();
        assertThat(ids(get("/api/v1/stats/by?dimension=status&source=" + HAND).get("data")))
                .containsExactly("active 9", "cancelled 1");
        assertThat(ids(get("/api/v1/stats/by?dimension=category&source=" + HAND).get("data")))
                .containsExactly("goods 7", "services 3");
        assertThat(ids(get("/api/v1/stats/by?dimension=methodDetails&source=" + HAND).get("data")))
                .containsExactly("direct details 7", "open details 3");
    }

    @Test
    void shouldGroupByTheClassificationOfContractItemsElseAwardItemsElseTenderItems() {
        JsonNode rows = get("/api/v1/stats/by?dimension=classification&source=" + HAND).get("data");
        // Contract 1: its own item (111), not its tender's (999); contract 2: its award's (222); contract 3: both
        // tender codes; the other seven have no classified item.
        assertThat(ids(rows)).containsExactly("null 7", "334 1", "333 1", "222 1", "111 1");
        assertThat(rows.get(4).get("name").asText()).isEqualTo("Code 111");
        assertThat(values(rows.get(4).get("values"))).isEqualTo("[USD 10 (1)]");
    }

    @Test
    void shouldSortGroupsByAmountInOneCurrency() {
        JsonNode rows = get("/api/v1/stats/by?dimension=supplier&sort=-amount&currency=USD&source=" + HAND).get("data");
        assertThat(rows.get(0).get("id").asText()).isEqualTo(S1);
        assertThat(rows.get(1).get("id").asText()).isEqualTo(S3);
        assertThat(rows).hasSize(2);
    }

    @Test
    void shouldCountAContractForEachOfItsSuppliers() {
        JsonNode rows = get("/api/v1/stats/by?dimension=supplier&source=" + PAIR).get("data");
        assertThat(rows.findValuesAsText("id")).containsExactly(S6, S5);
        assertThat(group(rows.get(0))).isEqualTo("1 1 - 0 [USD 100 (1)]");
        assertThat(group(rows.get(1))).isEqualTo("1 1 - 0 [USD 100 (1)]");
        JsonNode concentration = get("/api/v1/stats/concentration?source=" + PAIR).get("data");
        assertThat(concentration.at("/count/contracts").asLong()).isEqualTo(2);
        assertThat(concentration.at("/count/hhi").asText()).isEqualTo("5000.00");
        assertThat(concentration.at("/amounts/0/amount").decimalValue()).isEqualByComparingTo("200");
        assertThat(get("/api/v1/stats/summary?source=" + PAIR).at("/data/suppliers").asLong()).isEqualTo(2);
    }

    @Test
    void shouldMeasureTheConcentrationOfSuppliers() {
        JsonNode data = get("/api/v1/stats/concentration?top=1&source=" + HAND).get("data");
        assertThat(data.get("by").asText()).isEqualTo("supplier");
        assertThat(data.get("organizations").asLong()).isEqualTo(4);
        assertThat(data.get("unattributed").asLong()).isZero();
        // 7, 1, 1 and 1 of 10 contracts: top share 0.7, HHI 10,000 × (0.49 + 3 × 0.01) = 5,200.
        assertThat(data.at("/count/contracts").asLong()).isEqualTo(10);
        assertThat(data.at("/count/topContracts").asLong()).isEqualTo(7);
        assertThat(data.at("/count/topShare").asText()).isEqualTo("0.700000");
        assertThat(data.at("/count/hhi").asText()).isEqualTo("5200.00");
        // Per currency, never added: EUR 50 to one supplier; USD 700 and 100 of 800 (HHI 10,000 × 50/64 = 7,812.5).
        JsonNode amounts = data.get("amounts");
        assertThat(amounts).hasSize(2);
        assertThat(share(amounts.get(0))).isEqualTo("EUR 1 50 50 1.000000 10000.00");
        assertThat(share(amounts.get(1))).isEqualTo("USD 2 800 700 0.875000 7812.50");
        JsonNode leader = data.at("/leaders/0");
        assertThat(data.get("leaders")).hasSize(1);
        assertThat(leader.get("id").asText()).isEqualTo(S1);
        assertThat(leader.get("rank").asLong()).isEqualTo(1);
        assertThat(leader.get("contracts").asLong()).isEqualTo(7);
        assertThat(leader.get("contractShare").asText()).isEqualTo("0.700000");
        assertThat(leader.get("amount").isNull()).isTrue();
    }

    @Test
    void shouldMeasureWinnerSharesOfOneBuyerAndInOneCurrency() {
        JsonNode buyer = get("/api/v1/stats/concentration?buyer=" + B1 + "&source=" + HAND).get("data");
        // B1's 8 contracts: 6 to S1, 1 to S3, 1 to S4: HHI 10,000 × 38/64 = 5,937.5.
        assertThat(buyer.at("/count/topShare").asText()).isEqualTo("1.000000");
        assertThat(buyer.at("/count/hhi").asText()).isEqualTo("5937.50");
        assertThat(buyer.at("/leaders/0/contractShare").asText()).isEqualTo("0.750000");
        JsonNode usd = get("/api/v1/stats/concentration?top=1&currency=USD&source=" + HAND).get("data");
        assertThat(usd.at("/count/hhi").asText()).isEqualTo("7812.50");
        assertThat(usd.at("/leaders/0/amount").decimalValue()).isEqualByComparingTo("700");
        assertThat(usd.at("/leaders/0/amountShare").asText()).isEqualTo("0.875000");
        JsonNode buyers = get("/api/v1/stats/concentration?by=buyer&top=1&source=" + HAND).get("data");
        assertThat(buyers.at("/count/hhi").asText()).isEqualTo("6800.00");
        assertThat(buyers.at("/leaders/0/id").asText()).isEqualTo(B1);
    }

    @Test
    void shouldRankEveryOrganizationPageByPage() {
        List<JsonNode> rows = walk("/api/v1/stats/concentration/ranking?limit=2&source=" + HAND);
        assertThat(rows.stream().map(row -> row.get("rank").asText() + " " + row.get("id").asText()
                + " " + row.get("contracts").asText() + " " + row.get("contractShare").asText()).toList())
                .containsExactly("1 " + S1 + " 7 0.700000", "2 " + S2 + " 1 0.100000", "3 " + S3 + " 1 0.100000",
                        "4 " + S4 + " 1 0.100000");
    }

    @Test
    void shouldFindSuppliersCaptiveOfOneBuyer() {
        assertThat(get("/api/v1/stats/concentration/captive-suppliers?source=" + HAND).get("data")).isEmpty();
        JsonNode rows = get("/api/v1/stats/concentration/captive-suppliers?minContracts=5&source=" + HAND).get("data");
        assertThat(rows).hasSize(1);
        assertThat(rows.at("/0/supplier/id").asText()).isEqualTo(S1);
        assertThat(rows.at("/0/buyer/id").asText()).isEqualTo(B1);
        assertThat(rows.at("/0/contractsWithBuyer").asLong()).isEqualTo(6);
        assertThat(rows.at("/0/contracts").asLong()).isEqualTo(7);
        assertThat(rows.at("/0/share").asText()).isEqualTo("0.857143");
        assertThat(get("/api/v1/stats/concentration/captive-suppliers?minContracts=5&minShare=0.9&source=" + HAND)
                .get("data")).isEmpty();
        assertThat(get("/api/v1/stats/concentration/captive-suppliers?minContracts=7&source=" + HAND).get("data"))
                .isEmpty();
    }

    @Test
    void shouldAnswerFromTheDataOfTheLastIngest() {
        String source = "stats-late";
        assertThat(get("/api/v1/stats/summary?source=" + source).at("/data/contracts").asLong()).isZero();
        org.opencompras.contract.ProcurementTestData.ingest(source, """
                {"ocid": "ocds-statslate-1", "id": "r1", "date": "2024-01-01T00:00:00Z", "tag": ["contract"],
                 "initiationType": "tender", "contracts": [{"id": "C", "status": "active",
                   "value": {"amount": 12.5, "currency": "USD"}}]}""");
        JsonNode data = get("/api/v1/stats/summary?source=" + source).get("data");
        assertThat(data.get("contracts").asLong()).isEqualTo(1);
        assertThat(data.get("suppliers").asLong()).isZero();
        assertThat(currencies(data.get("values"))).containsExactly("USD count=1 amount=12.5 min=12.5 max=12.5");
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        refused("/api/v1/stats/by?dimension=color", "dimension");
        refused("/api/v1/stats/by", "dimension");
        refused("/api/v1/stats/by?dimension=buyer&sort=-amount", "sort");
        refused("/api/v1/stats/by?dimension=buyer&sort=name", "sort");
        refused("/api/v1/stats/by?dimension=buyer&limit=0", "limit");
        refused("/api/v1/stats/by?dimension=buyer&cursor=nonsense", "cursor");
        refused("/api/v1/stats/timeline?interval=day", "interval");
        refused("/api/v1/stats/timeline?dateField=awarded", "dateField");
        refused("/api/v1/stats/concentration?top=0", "top");
        refused("/api/v1/stats/concentration?top=ten", "top");
        refused("/api/v1/stats/concentration?by=tenderer", "by");
        refused("/api/v1/stats/concentration/ranking?by=tenderer", "by");
        refused("/api/v1/stats/concentration/captive-suppliers?minShare=1.5", "minShare");
        refused("/api/v1/stats/concentration/captive-suppliers?minContracts=-1", "minContracts");
        refused("/api/v1/stats/summary?signedFrom=yesterday", "signedFrom");
        refused("/api/v1/stats/summary?minAmount=10", "minAmount");
        refused("/api/v1/stats/summary?status=awarded", "status");
    }

    private static void refused(String path, String parameter) {
        given().when().get(path).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", org.hamcrest.Matchers.equalTo(parameter));
    }

    static JsonNode get(String path) {
        String body = given().when().get(path).then().statusCode(200).extract().asString();
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    /** Every row of a paged answer, following links.next. */
    static List<JsonNode> walk(String path) {
        List<JsonNode> rows = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = get(next);
            page.get("data").forEach(rows::add);
            JsonNode link = page.at("/links/next");
            next = link.isNull() ? null : link.asText().replaceFirst("^https?://[^/]+", "");
        }
        return rows;
    }

    private static List<String> currencies(JsonNode values) {
        List<String> lines = new ArrayList<>();
        values.forEach(v -> lines.add(v.get("currency").asText() + " count=" + v.get("count").asText() + " amount="
                + plain(v.get("amount")) + " min=" + plain(v.get("min")) + " max=" + plain(v.get("max"))));
        return lines;
    }

    private static String period(JsonNode period) {
        return period.get("start").asText() + " " + period.get("contracts").asText() + " "
                + period.get("withoutValue").asText() + " " + values(period.get("values"));
    }

    /** Contracts, buyers, suppliers (- when absent), contracts without value, values. */
    private static String group(JsonNode row) {
        return row.get("contracts").asText() + " " + (row.has("buyers") ? row.get("buyers").asText() : "-") + " "
                + (row.has("suppliers") ? row.get("suppliers").asText() : "-") + " " + row.get("withoutValue").asText()
                + " " + values(row.get("values"));
    }

    private static List<String> ids(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.get("id").asText() + " " + row.get("contracts").asText()));
        return ids;
    }

    private static String share(JsonNode share) {
        return share.get("currency").asText() + " " + share.get("organizations").asText() + " "
                + plain(share.get("amount")) + " " + plain(share.get("topAmount")) + " "
                + share.get("topShare").asText() + " " + share.get("hhi").asText();
    }

    static String values(JsonNode values) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(v.get("currency").asText() + " " + plain(v.get("amount")) + " ("
                + v.get("count").asText() + ")"));
        return parts.toString();
    }

    static String plain(JsonNode number) {
        return new BigDecimal(number.asText()).stripTrailingZeros().toPlainString();
    }
}
