package org.opencompras.categories;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencompras.categories.CategoriesTestData.GENERATED;
import static org.opencompras.categories.CategoriesTestData.PREFIX;
import static org.opencompras.categories.CategoriesTestData.SOURCE;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.common.json.Json;

@QuarkusTest
class CategoriesResourceTest {

    private static final String SPEND = "/api/v1/analytics/categories?source=" + SOURCE;

    @BeforeEach
    void load() {
        CategoriesTestData.load();
    }

    // ---- hand-written processes with known answers

    @Test
    void shouldCountEachCategoryOfTheCountedItemsExactlyPerCurrency() {
        JsonNode answer = get(SPEND);
        assertThat(codes(answer.at("/data/categories")))
                .containsExactly("protective-supplies", "disinfectants", "cleaning-hygiene", "medicines", "other");
        // Masks of P-2 (1000 x 0.35) and P-4 (100 x 1.90); the gloves of P-3 have no price; P-2's tender masks
        // are not counted since it has contract items.
        assertCategory(answer, "protective-supplies", 3, 3, Map.of("USD", "540.00 (2)"));
        assertCategory(answer, "disinfectants", 2, 1, Map.of("USD", "44.00 (2)"));
        assertCategory(answer, "cleaning-hygiene", 2, 1, Map.of("USD", "32.00 (1)", "EUR", "16.0 (1)"));
        assertCategory(answer, "medicines", 2, 1, Map.of("USD", "44.50 (2)"));
        assertCategory(answer, "other", 3, 3, Map.of("USD", "101080.00 (2)"));
        JsonNode protective = category(answer, "protective-supplies");
        assertThat(protective.get("keywords").get(0).asText()).isEqualTo("mascarilla");
        assertThat(protective.get("cpcPrefixes").get(0).asText()).isEqualTo("36950");
        assertThat(category(answer, "other").get("keywords")).isEmpty();
        assertThat(answer.at("/data/precedence").asText()).contains("every keyword rule before any CPC prefix rule");
        assertThat(answer.at("/data/itemsCounted").asText()).startsWith("Per process, its contracts' items");
        assertThat(answer.at("/meta/dataAsOf").asText()).endsWith("Z");
        assertThat(answer.at("/meta/filters")).isEqualTo(Json.mapper().createObjectNode().put("source", SOURCE));
    }

    @Test
    void shouldApplyTheSharedFilters() {
        JsonNode emergency = get(SPEND + "&emergency=true");
        assertThat(emergency.at("/meta/filters/emergency").asBoolean()).isTrue();
        assertThat(emergency.at("/meta/filters/source").asText()).isEqualTo(SOURCE);
        assertCategory(emergency, "protective-supplies", 2, 2, Map.of("USD", "540.00 (2)"));
        assertCategory(emergency, "medicines", 0, 0, Map.of());
        assertCategory(emergency, "other", 2, 2, Map.of("USD", "101080.00 (2)"));
        JsonNode published2021 = get(SPEND + "&publishedFrom=2021-01-01&publishedTo=2021-12-31");
        assertCategory(published2021, "medicines", 2, 1, Map.of("USD", "44.50 (2)"));
        assertCategory(published2021, "protective-supplies", 1, 1, Map.of());
        assertThat(published2021.at("/meta/filters/publishedFrom").asText()).isEqualTo("2021-01-01T00:00:00Z");
    }

    @Test
    void shouldShowWhichRuleMatchedEachItem() {
        List<JsonNode> hygiene = walk("/api/v1/analytics/categories/items?category=cleaning-hygiene&source=" + SOURCE
                + "&limit=1");
        // Accents and case ignored: both spellings match the same keyword.
        assertThat(hygiene).extracting(item -> item.at("/item/description").asText())
                .containsExactly("alcohol antiséptico", "ALCOHOL ANTISEPTICO");
        assertThat(hygiene).extracting(item -> item.at("/matched/rule").asText()).containsExactly("alcohol", "alcohol");
        assertThat(hygiene.get(1).at("/value/amount").decimalValue()).isEqualByComparingTo("16.0");
        assertThat(hygiene.get(1).at("/value/currency").asText()).isEqualTo("EUR");

        List<JsonNode> medicines = walk("/api/v1/analytics/categories/items?category=medicines&source=" + SOURCE);
        assertThat(medicines).extracting(item -> item.at("/item/description").asText() + " <- "
                        + item.at("/matched/kind").asText() + " " + item.at("/matched/rule").asText())
                .containsExactly("PARACETAMOL 500 MG TABLETA <- keyword paracetamol", "PRODUCTO X <- cpcPrefix 3526");
        assertThat(medicines).extracting(item -> item.get("scope").asText()).containsOnly("award");

        List<JsonNode> disinfectants = walk("/api/v1/analytics/categories/items?category=disinfectants&source=" + SOURCE);
        assertThat(disinfectants).extracting(item -> item.at("/matched/rule").asText())
                .containsExactly("hipoclorito", "desinfectante");

        List<JsonNode> protective = walk("/api/v1/analytics/categories/items?category=protective-supplies&source="
                + SOURCE);
        assertThat(protective).extracting(item -> item.get("ocid").asText() + " " + item.at("/matched/rule").asText())
                .containsExactly(PREFIX + "-P-2 mascarilla", PREFIX + "-P-3 guante", PREFIX + "-P-4 mascarilla");
        assertThat(protective.get(0).get("scope").asText()).isEqualTo("contract");
        assertThat(protective.get(0).get("parentId").asText()).isEqualTo("C2");
        assertThat(protective.get(0).at("/value/amount").decimalValue()).isEqualByComparingTo("350.00");
        assertThat(protective.get(1).get("value").isNull()).isTrue();

        List<JsonNode> other = walk("/api/v1/analytics/categories/items?category=other&source=" + SOURCE);
        assertThat(other).extracting(item -> item.at("/item/description").asText())
                .containsExactly("MANTENIMIENTO DE PARQUES Y JARDINES", "SILLA ERGONOMICA DE OFICINA", "ESCRITORIO");
        assertThat(other).allSatisfy(item -> assertThat(item.get("matched").isNull()).isTrue());
        JsonNode counted = get("/api/v1/analytics/categories/items?source=" + SOURCE + "&includeTotal=true&limit=1");
        assertThat(counted.at("/meta/total").asLong()).isEqualTo(12);
        assertThat(counted.at("/meta/limit").asInt()).isEqualTo(1);
        assertThat(counted.at("/meta/filters")).isEqualTo(Json.mapper().createObjectNode().put("source", SOURCE));
    }

    @Test
    void shouldGiveTheSpendPerPeriod() {
        JsonNode timeline = get("/api/v1/analytics/categories/timeline?interval=year&source=" + SOURCE);
        assertThat(timeline.at("/data/interval").asText()).isEqualTo("year");
        assertThat(timeline.at("/data/datedBy").asText()).contains("first publication");
        assertThat(timeline.at("/meta/dataAsOf").asText()).endsWith("Z");
        assertThat(timeline.at("/meta/filters/source").asText()).isEqualTo(SOURCE);
        JsonNode periods = timeline.at("/data/periods");
        assertThat(periods).extracting(period -> period.get("start").asText())
                .containsExactly("2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z", "2022-01-01T00:00:00Z");
        JsonNode year2020 = periods.get(0).get("categories");
        assertThat(codes(year2020)).containsExactly("cleaning-hygiene", "other", "protective-supplies");
        assertThat(values(find(year2020, "protective-supplies").get("values"))).isEqualTo(Map.of("USD", "540.00 (2)"));
        assertThat(values(find(year2020, "other").get("values"))).isEqualTo(Map.of("USD", "101080.00 (2)"));
        JsonNode year2022 = periods.get(2).get("categories");
        assertThat(codes(year2022)).containsExactly("other");
        assertThat(find(year2022, "other").get("items").asLong()).isEqualTo(1);
        assertThat(find(year2022, "other").get("values")).isEmpty();
        JsonNode months = get("/api/v1/analytics/categories/timeline?source=" + SOURCE).at("/data/periods");
        assertThat(months).extracting(period -> period.get("start").asText()).containsExactly("2020-03-01T00:00:00Z",
                "2020-04-01T00:00:00Z", "2020-05-01T00:00:00Z", "2021-01-01T00:00:00Z", "2022-06-01T00:00:00Z");
    }

    // ---- generated data against an independent classification of the stored items

    @Test
    void shouldMatchAnIndependentClassificationOfGeneratedData() {
        Map<String, IndependentClassifier.Totals> expected = IndependentClassifier.totals(GENERATED);
        JsonNode answer = get("/api/v1/analytics/categories?source=" + GENERATED);
        long items = 0;
        for (JsonNode category : answer.at("/data/categories")) {
            IndependentClassifier.Totals totals = expected.getOrDefault(category.get("code").asText(),
                    new IndependentClassifier.Totals());
            String code = category.get("code").asText();
            assertThat(category.get("items").asLong()).as("items of " + code).isEqualTo(totals.items);
            assertThat(category.get("processes").asLong()).as("processes of " + code).isEqualTo(totals.processes.size());
            assertThat(values(category.get("values"))).as("values of " + code).isEqualTo(totals.values());
            items += totals.items;
        }
        assertThat(items).isGreaterThan(200);
        assertThat(expected.get("protective-supplies").items).isPositive();
        assertThat(expected.get("medicines").items).isPositive();
    }

    // ---- bad parameters

    @Test
    void shouldRefuseBadParametersNamingThem() {
        refused("/api/v1/analytics/categories/timeline?interval=day", "interval");
        refused("/api/v1/analytics/categories/items?category=masks", "category");
        refused("/api/v1/analytics/categories?emergency=yes", "emergency");
        refused("/api/v1/analytics/categories/items?limit=0", "limit");
        refused("/api/v1/analytics/categories/items?cursor=abc", "cursor");
        refused("/api/v1/analytics/categories?publishedFrom=2020-13-01", "publishedFrom");
    }

    static void refused(String url, String parameter) {
        given().when().get(url).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo(parameter));
    }

    private static void assertCategory(JsonNode answer, String code, long items, long processes,
                                       Map<String, String> values) {
        JsonNode category = category(answer, code);
        assertThat(category.get("items").asLong()).as("items of " + code).isEqualTo(items);
        assertThat(category.get("processes").asLong()).as("processes of " + code).isEqualTo(processes);
        assertThat(values(category.get("values"))).as("values of " + code).isEqualTo(values);
    }

    private static JsonNode category(JsonNode answer, String code) {
        return find(answer.at("/data/categories"), code);
    }

    private static JsonNode find(JsonNode categories, String code) {
        for (JsonNode category : categories) {
            if (category.get("code").asText().equals(code)) {
                return category;
            }
        }
        throw new AssertionError("No category " + code + " in " + categories);
    }

    private static List<String> codes(JsonNode categories) {
        List<String> codes = new ArrayList<>();
        categories.forEach(category -> codes.add(category.get("code").asText()));
        return codes;
    }

    /** Values per currency as "amount (items)", the amount as exactly written. */
    static Map<String, String> values(JsonNode values) {
        Map<String, String> map = new TreeMap<>();
        values.forEach(value -> map.put(value.get("currency").isNull() ? "null" : value.get("currency").asText(),
                value.get("amount").decimalValue().toPlainString() + " (" + value.get("items").asLong() + ")"));
        return map;
    }

    static JsonNode get(String url) {
        return read(given().when().get(url).then().statusCode(200).contentType(ContentType.JSON).extract().asString());
    }

    static List<JsonNode> walk(String url) {
        List<JsonNode> items = new ArrayList<>();
        boolean first = true;
        while (url != null) {
            JsonNode page = read(given().urlEncodingEnabled(first).when().get(url)
                    .then().statusCode(200).contentType(ContentType.JSON).extract().asString());
            page.get("data").forEach(items::add);
            url = page.at("/links/next").isNull() ? null : page.at("/links/next").asText();
            first = false;
        }
        return items;
    }

    private static JsonNode read(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
