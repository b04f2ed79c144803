package org.opencompras.prices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.opencompras.prices.PricesTestData.ALCOHOL;
import static org.opencompras.prices.PricesTestData.B1;
import static org.opencompras.prices.PricesTestData.B2;
import static org.opencompras.prices.PricesTestData.B3;
import static org.opencompras.prices.PricesTestData.B4;
import static org.opencompras.prices.PricesTestData.HAND;
import static org.opencompras.prices.PricesTestData.MASKS;
import static org.opencompras.prices.PricesTestData.N95;
import static org.opencompras.prices.PricesTestData.PLANTED_OCID;
import static org.opencompras.prices.PricesTestData.S1;
import static org.opencompras.prices.PricesTestData.S2;
import static org.opencompras.prices.PricesTestData.get;
import static org.opencompras.prices.PricesTestData.walk;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PricesResourceTest {

    private static final String PRICES = "/api/v1/analytics/prices?source=" + HAND;
    private static final BigDecimal GALLON = new BigDecimal("3.785411784");

    @BeforeEach
    void load() {
        PricesTestData.load();
    }

    @Test
    void shouldFlagThePlantedOverPricedPurchaseWithItsExactRatio() {
        JsonNode masks = find(walk(PRICES + "&classification=3529"), MASKS, "USD", "unidad");
        assertThat(masks.get("comparable").asBoolean()).isTrue();
        assertThat(masks.get("reason").isNull()).isTrue();
        // The cancelled award, the contract's copy of an award item and the tender's estimate are not purchases.
        assertThat(masks.get("purchases").asLong()).isEqualTo(6);
        assertThat(texts(masks.get("unitNames"))).containsExactlyInAnyOrder("CAJA X 50", "UNIDAD", "Unidad", "u");
        JsonNode prices = masks.get("prices");
        assertDecimal(prices.get("min"), "0.48");
        assertDecimal(prices.get("p25"), "0.5");
        assertDecimal(prices.get("median"), "0.505");
        assertDecimal(prices.get("p75"), "0.52");
        assertDecimal(prices.get("max"), "2.40");
        assertThat(prices.get("spread").decimalValue()).isEqualByComparingTo("5.0000");
        assertThat(prices.get("spread").decimalValue().scale()).isEqualTo(4);

        JsonNode flagged = masks.get("flagged");
        assertDecimal(flagged.get("multiple"), "2.0");
        assertDecimal(flagged.get("threshold"), "1.010");
        assertThat(flagged.get("count").asLong()).isEqualTo(1);
        JsonNode planted = flagged.get("purchases").get(0);
        assertThat(planted.get("ocid").asText()).isEqualTo(PLANTED_OCID);
        assertThat(planted.get("award").asText()).isEqualTo(PLANTED_OCID + "~a1");
        assertThat(planted.at("/buyer/id").asText()).isEqualTo(B4);
        assertThat(planted.at("/suppliers/0/id").asText()).isEqualTo(S1);
        assertDecimal(planted.get("quantity"), "20000");
        assertThat(planted.get("unitName").asText()).isEqualTo("Unidad");
        assertDecimal(planted.at("/unitValue/amount"), "2.40");
        assertThat(planted.at("/unitValue/currency").asText()).isEqualTo("USD");
        // 2.40 / 0.505 = 4.75247...
        assertThat(planted.get("ratio").decimalValue()).isEqualByComparingTo("4.7525");
        assertThat(planted.get("ratio").decimalValue().scale()).isEqualTo(4);
    }

    @Test
    void shouldSummarizeEachBuyerAndSupplierAgainstTheClassMedian() {
        JsonNode masks = find(walk(PRICES + "&classification=352900011"), MASKS, "USD", "unidad");
        // Highest median first: B4 2.40, B2 0.51, then B1 (0.50, 0.5) and B3 (0.48, 0.52) at 0.50, by id.
        assertThat(organizations(masks.get("buyers"))).containsExactly(
                B4 + " 1 2.4 2.4 2.4 4.7525", B2 + " 1 0.51 0.51 0.51 1.0099",
                B1 + " 2 0.5 0.5 0.5 0.9901", B3 + " 2 0.48 0.5 0.52 0.9901");
        assertThat(organizations(masks.get("suppliers"))).containsExactly(
                S1 + " 3 0.5 0.51 2.4 1.0099", S2 + " 3 0.48 0.5 0.52 0.9901");
    }

    @Test
    void shouldShowTheSameSupplierSellingDearerToOneBuyer() {
        List<JsonNode> classes = walk("/api/v1/suppliers/" + S1.substring("EC-RUC-".length()) + "/prices?source=" + HAND);
        JsonNode masks = find(classes, MASKS, "USD", "unidad");
        assertThat(masks.get("purchases").asLong()).isEqualTo(3);
        assertDecimal(masks.at("/prices/median"), "0.51");
        assertThat(masks.has("suppliers")).isFalse();
        // 2.40 / 0.51 = 4.70588..., 0.50 / 0.51 = 0.98039...
        assertThat(organizations(masks.get("buyers"))).containsExactly(
                B4 + " 1 2.4 2.4 2.4 4.7059", B2 + " 1 0.51 0.51 0.51 1.0000", B1 + " 1 0.5 0.5 0.5 0.9804");
        assertThat(masks.at("/flagged/count").asLong()).isEqualTo(1);
        assertThat(masks.at("/flagged/purchases/0/ocid").asText()).isEqualTo(PLANTED_OCID);
        assertThat(masks.at("/flagged/purchases/0/ratio").decimalValue()).isEqualByComparingTo("4.7059");
        // Every class it sold, and nothing it did not: S1 sold masks, N95 and alcohol (per litre and per kilogram).
        assertThat(classes.stream().map(PricesResourceTest::key).toList()).containsExactly(
                ALCOHOL + "/USD/kilogramo", ALCOHOL + "/USD/litro", MASKS + "/USD/unidad", N95 + "/USD/unidad");
    }

    @Test
    void shouldConvertUnitsOnlyWhenTheyConvertAndSayWhenTheyDoNot() {
        List<JsonNode> classes = walk(PRICES + "&classification=" + ALCOHOL);
        assertThat(classes.stream().map(PricesResourceTest::key).toList()).containsExactly(
                ALCOHOL + "/USD/kilogramo", ALCOHOL + "/USD/litro", ALCOHOL + "/USD/null");
        JsonNode litre = classes.get(1);
        BigDecimal perLitre = new BigDecimal("12.00").divide(GALLON, 10, RoundingMode.HALF_UP);
        assertThat(litre.get("purchases").asLong()).isEqualTo(2);
        assertThat(texts(litre.get("unitNames"))).containsExactlyInAnyOrder("Litro", "Galón");
        assertDecimal(litre.at("/prices/min"), perLitre.toPlainString());
        assertDecimal(litre.at("/prices/max"), "3.20");
        assertDecimal(litre.at("/prices/median"), perLitre.add(new BigDecimal("3.20")).divide(BigDecimal.valueOf(2))
                .toPlainString());
        assertThat(litre.get("comparable").asBoolean()).isFalse();
        assertThat(litre.get("reason").asText()).isEqualTo("also bought in kilogramo (1 purchase), no stated unit "
                + "(1 purchase), which cannot be converted to litro: those purchases are compared apart, never mixed "
                + "with these");
        assertThat(litre.get("otherUnits").toString())
                .isEqualTo("[{\"unit\":\"kilogramo\",\"purchases\":1},{\"unit\":null,\"purchases\":1}]");
        JsonNode kilogram = classes.get(0);
        assertThat(kilogram.get("comparable").asBoolean()).isFalse();
        assertDecimal(kilogram.at("/prices/median"), "5.00");
        JsonNode noUnit = classes.get(2);
        assertThat(noUnit.get("comparable").asBoolean()).isFalse();
        assertThat(noUnit.get("reason").asText()).isEqualTo("the items give no unit: their unit prices cannot be compared");
        assertThat(noUnit.get("purchases").asLong()).isEqualTo(1);
        assertThat(noUnit.get("prices").isNull()).isTrue();
        assertThat(noUnit.get("buyers")).isEmpty();
        assertThat(noUnit.at("/flagged/count").asLong()).isZero();
    }

    @Test
    void shouldNeverMixCurrencies() {
        List<JsonNode> classes = walk(PRICES + "&classification=" + N95);
        assertThat(classes.stream().map(PricesResourceTest::key).toList())
                .containsExactly(N95 + "/EUR/unidad", N95 + "/USD/unidad");
        assertThat(classes.get(0).get("purchases").asLong()).isEqualTo(1);
        assertDecimal(classes.get(0).at("/prices/median"), "1.70");
        assertThat(classes.get(1).get("purchases").asLong()).isEqualTo(2);
        assertDecimal(classes.get(1).at("/prices/median"), "2.00");
        assertThat(classes.get(1).get("comparable").asBoolean()).isTrue();
        List<JsonNode> usd = walk(PRICES + "&classification=" + N95 + "&currency=USD");
        assertThat(usd.stream().map(PricesResourceTest::key).toList()).containsExactly(N95 + "/USD/unidad");
    }

    @Test
    void shouldTakeTheFlagMultipleAndTheSharedFiltersFromTheRequest() {
        JsonNode higher = find(walk(PRICES + "&classification=3529&flagMultiple=5"), MASKS, "USD", "unidad");
        assertThat(higher.at("/flagged/count").asLong()).isZero();
        assertDecimal(higher.at("/flagged/threshold"), "2.525");
        JsonNode lower = find(walk(PRICES + "&classification=3529&flagMultiple=1.01&flaggedLimit=1"), MASKS, "USD",
                "unidad");
        // Above 1.01 × 0.505 = 0.51005: 0.52 and 2.40, dearest first; only the first listed.
        assertThat(lower.at("/flagged/count").asLong()).isEqualTo(2);
        assertThat(lower.at("/flagged/purchases")).hasSize(1);
        assertThat(lower.at("/flagged/purchases/0/ocid").asText()).isEqualTo(PLANTED_OCID);
        JsonNode oneBuyer = find(walk(PRICES + "&classification=3529&buyer=" + B3), MASKS, "USD", "unidad");
        assertThat(oneBuyer.get("purchases").asLong()).isEqualTo(2);
        assertDecimal(oneBuyer.at("/prices/median"), "0.50");
        JsonNode searched = find(walk(PRICES + "&q=mascarilla quirurgica"), MASKS, "USD", "unidad");
        assertThat(searched.get("purchases").asLong()).isEqualTo(6);
        JsonNode withCancelled = find(walk(PRICES + "&classification=3529&status=cancelled"), MASKS, "USD", "unidad");
        assertThat(withCancelled.get("purchases").asLong()).isEqualTo(1);
        assertDecimal(withCancelled.at("/prices/median"), "9.99");
    }

    @Test
    void shouldPageTheClassesByCursor() {
        List<JsonNode> all = walk(PRICES + "&classification=3");
        List<JsonNode> paged = walk(PRICES + "&classification=3&limit=1");
        assertThat(paged.stream().map(PricesResourceTest::key).toList())
                .containsExactlyElementsOf(all.stream().map(PricesResourceTest::key).toList());
        assertThat(all).hasSize(6);
        given().when().get(PRICES + "&classification=3&limit=2&includeTotal=true")
                .then().statusCode(200).body("meta.total", equalTo(6)).header("ETag", notNullValue());
    }

    @Test
    void shouldServeTheOtherSupplierEndpointsBesideThePrices() {
        get("/api/v1/suppliers/" + S1);
        get("/api/v1/suppliers/" + S1 + "/buyers");
        get("/api/v1/suppliers/" + S1 + "/contracts");
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        refused("/api/v1/analytics/prices?source=" + HAND, "classification");
        refused(PRICES + "&classification=35%2529", "classification");
        refused(PRICES + "&classification=3529&flagMultiple=1", "flagMultiple");
        refused(PRICES + "&classification=3529&flagMultiple=101", "flagMultiple");
        refused(PRICES + "&classification=3529&flagMultiple=dos", "flagMultiple");
        refused(PRICES + "&classification=3529&flaggedLimit=501", "flaggedLimit");
        refused(PRICES + "&classification=3529&limit=0", "limit");
        refused(PRICES + "&classification=3529&cursor=abc", "cursor");
        refused(PRICES + "&classification=3529&buyer=nobody%20here", "buyer");
        refused(PRICES + "&classification=3529&awardedFrom=2024-13-01", "awardedFrom");
        refused("/api/v1/suppliers/MAX%20INSUMO/prices", "id");
        given().when().get("/api/v1/suppliers/1799999990001/prices").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void refused(String url, String parameter) {
        given().when().get(url).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo(parameter));
    }

    static JsonNode find(List<JsonNode> classes, String classification, String currency, String unit) {
        return classes.stream().filter(item -> key(item).equals(classification + "/" + currency + "/" + unit))
                .findFirst().orElseThrow(() -> new AssertionError("No class " + classification + "/" + currency + "/"
                        + unit + " in " + classes.stream().map(PricesResourceTest::key).toList()));
    }

    static String key(JsonNode item) {
        return item.at("/classification/id").asText() + "/" + text(item.get("currency")) + "/" + text(item.get("unit"));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** "id purchases min median max medianRatio", prices without trailing zeros, ratios as written. */
    private static List<String> organizations(JsonNode array) {
        List<String> rows = new ArrayList<>();
        array.forEach(o -> rows.add(o.at("/organization/id").asText() + " " + o.get("purchases").asLong() + " "
                + plain(o.get("min")) + " " + plain(o.get("median")) + " " + plain(o.get("max")) + " "
                + o.get("medianRatio").decimalValue().toPlainString()));
        return rows;
    }

    private static String plain(JsonNode node) {
        return node.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static void assertDecimal(JsonNode node, String expected) {
        assertThat(node.decimalValue()).as(node.toString()).isEqualByComparingTo(expected);
    }
}
