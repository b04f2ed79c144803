package org.opencompras.emergency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.categories.CategoriesTestAccess;
import org.opencompras.common.json.Json;

@QuarkusTest
class EmergencyResourceTest {

    private static final String SOURCE = CategoriesTestAccess.SOURCE;
    private static final String GENERATED = CategoriesTestAccess.GENERATED;
    private static final String PREFIX = CategoriesTestAccess.PREFIX;

    @BeforeEach
    void load() {
        CategoriesTestAccess.load();
    }

    // ---- shares

    @Test
    void shouldGiveTheSharesOfEmergencyAndDirectProcedures() {
        JsonNode all = get("/api/v1/analytics/emergency?source=" + SOURCE);
        assertThat(all.at("/data/by").asText()).isEqualTo("all");
        assertThat(all.at("/data/interval").isNull()).isTrue();
        assertThat(all.at("/data/counted").asText()).startsWith("Each filtered process is one procedure");
        assertThat(all.at("/data/groups")).hasSize(1);
        assertThat(all.at("/meta/dataAsOf").asText()).endsWith("Z");
        assertThat(all.at("/meta/filters")).isEqualTo(Json.mapper().createObjectNode().put("source", SOURCE));
        // P-1, P-2 and P-4 are emergencies; those and P-5 are direct.
        assertShares(all.at("/data/groups/0/total"), 5, 3, "0.600000", 4, "0.800000");
        assertThat(all.at("/data/groups/0/periods")).isEmpty();

        JsonNode years = get("/api/v1/analytics/emergency?source=" + SOURCE + "&interval=year");
        JsonNode periods = years.at("/data/groups/0/periods");
        assertThat(periods).extracting(period -> period.get("start").asText())
                .containsExactly("2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z", "2022-01-01T00:00:00Z");
        assertShares(periods.get(0).get("shares"), 3, 3, "1.000000", 3, "1.000000");
        assertShares(periods.get(1).get("shares"), 1, 0, "0.000000", 0, "0.000000");
        assertShares(periods.get(2).get("shares"), 1, 0, "0.000000", 1, "1.000000");
    }

    @Test
    void shouldGroupByCovidCategoryBuyerAndMainCategory() {
        JsonNode categories = get("/api/v1/analytics/emergency?source=" + SOURCE + "&by=covidCategory");
        // P-2, P-3, P-4 bought protective supplies; P-1, P-2, P-5 other things.
        JsonNode protective = group(categories, "protective-supplies");
        assertThat(protective.get("name").asText()).isEqualTo("Insumos de protección");
        assertShares(protective.get("total"), 3, 2, "0.666667", 2, "0.666667");
        assertShares(group(categories, "other").get("total"), 3, 2, "0.666667", 3, "1.000000");
        assertShares(group(categories, "medicines").get("total"), 1, 0, "0.000000", 0, "0.000000");

        JsonNode buyers = get("/api/v1/analytics/emergency?source=" + SOURCE + "&by=buyer");
        assertThat(buyers.at("/data/groups")).extracting(g -> g.get("key").asText())
                .containsExactly("EC-RUC-1768152560001", "EC-RUC-1760001550001");
        assertShares(buyers.at("/data/groups/0/total"), 3, 2, "0.666667", 2, "0.666667");
        assertShares(buyers.at("/data/groups/1/total"), 2, 1, "0.500000", 2, "1.000000");
        assertThat(get("/api/v1/analytics/emergency?source=" + SOURCE + "&by=buyer&limit=1").at("/data/groups")).hasSize(1);

        JsonNode main = get("/api/v1/analytics/emergency?source=" + SOURCE + "&by=mainProcurementCategory");
        assertShares(group(main, "goods").get("total"), 4, 2, "0.500000", 3, "0.750000");
        assertShares(group(main, "services").get("total"), 1, 1, "1.000000", 1, "1.000000");
    }

    @Test
    void shouldMatchPlainSqlOnGeneratedData() {
        JsonNode answer = get("/api/v1/analytics/emergency?source=" + GENERATED
                + "&by=mainProcurementCategory&interval=year");
        List<String> actual = new ArrayList<>();
        for (JsonNode group : answer.at("/data/groups")) {
            for (JsonNode period : group.get("periods")) {
                JsonNode s = period.get("shares");
                actual.add(group.get("key").asText() + " " + period.get("start").asText().substring(0, 4) + " "
                        + s.get("processes").asLong() + " " + s.get("emergency").asLong() + " " + s.get("direct").asLong());
            }
        }
        List<String> expected = TestDatabase.column("""
                select main_procurement_category || ' ' || extract(year from first_release_date at time zone 'UTC')
                       || ' ' || count(*) || ' ' || count(*) filter (where emergency) || ' '
                       || count(*) filter (where procurement_method = 'direct')
                from process where source_id = (select id from source where name = '%s')
                group by main_procurement_category, extract(year from first_release_date at time zone 'UTC')"""
                .formatted(GENERATED));
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSizeGreaterThan(5);
    }

    // ---- flags

    @Test
    void shouldFlagTheTwoYearParksContractAndTheItemsOutsideTheEmergencyRules() {
        JsonNode page = get("/api/v1/analytics/emergency/flags?source=" + SOURCE + "&includeTotal=true");
        assertThat(page.at("/meta/settings/maxPeriodDays").asInt()).isEqualTo(180);
        assertThat(page.at("/meta/settings/rulesFrom").asText()).isEqualTo("categories");
        assertThat(page.at("/meta/settings/keywords/0").asText()).isEqualTo("mascarilla");
        assertThat(page.at("/meta/filters")).isEqualTo(Json.mapper().createObjectNode().put("source", SOURCE));
        assertThat(page.at("/meta/limit").asInt()).isEqualTo(50);
        assertThat(page.at("/meta/dataAsOf").asText()).endsWith("Z");
        assertThat(page.has("settings")).isFalse();
        assertThat(page.at("/meta/total").asLong()).isEqualTo(2);
        JsonNode flags = page.get("data");
        // Newest first; P-4 (masks, 60 days) and the non-emergency P-3 (365 days) are not flagged.
        assertThat(flags).extracting(flag -> flag.get("ocid").asText()).containsExactly(PREFIX + "-P-1", PREFIX + "-P-2");

        JsonNode parks = flags.get(0);
        assertThat(parks.at("/buyer/id").asText()).isEqualTo("EC-RUC-1760001550001");
        assertThat(parks.at("/flags/0/reason").asText()).isEqualTo("long-contract");
        assertThat(parks.at("/flags/0/contractId").asText()).isEqualTo("C1");
        assertThat(parks.at("/flags/0/periodDays").asLong()).isEqualTo(730);
        assertThat(parks.at("/flags/0/thresholdDays").asInt()).isEqualTo(180);
        assertThat(parks.at("/flags/0/periodStart").asText()).isEqualTo("2020-04-02T05:00:00Z");
        assertThat(parks.at("/flags/1/reason").asText()).isEqualTo("items-outside-emergency-rules");
        assertThat(parks.at("/flags/1/itemCount").asLong()).isEqualTo(1);
        assertThat(parks.at("/flags/1/items/0/description").asText()).isEqualTo("MANTENIMIENTO DE PARQUES Y JARDINES");
        assertThat(parks.at("/flags/1/items/0/scope").asText()).isEqualTo("award");
        assertThat(parks.get("flags")).hasSize(2);

        JsonNode chair = flags.get(1);
        assertThat(chair.get("flags")).hasSize(1);
        assertThat(chair.at("/flags/0/reason").asText()).isEqualTo("items-outside-emergency-rules");
        assertThat(chair.at("/flags/0/items/0/description").asText()).isEqualTo("SILLA ERGONOMICA DE OFICINA");
        assertThat(chair.at("/flags/0/items/0/classificationId").asText()).isEqualTo("381100011");
        assertThat(chair.at("/flags/0/periodDays").isMissingNode()).isTrue();
    }

    @Test
    void shouldFlagTheGeneratedProceduresPlainSqlAndTheIndependentClassifierFind() {
        Set<String> longContracts = new HashSet<>(TestDatabase.column("""
                select distinct p.ocid from process p join contract k on k.ocid = p.ocid
                where p.emergency and p.source_id = (select id from source where name = '%s')
                  and k.period_end - k.period_start >= interval '181 days'""".formatted(GENERATED)));
        Set<String> emergencies = new HashSet<>(TestDatabase.column("select ocid from process where emergency and "
                + "source_id = (select id from source where name = '" + GENERATED + "')"));
        Set<String> expected = new HashSet<>(longContracts);
        CategoriesTestAccess.items(GENERATED).stream()
                .filter(item -> emergencies.contains(item.ocid()) && item.category().equals("other"))
                .forEach(item -> expected.add(item.ocid()));
        List<JsonNode> flags = walk("/api/v1/analytics/emergency/flags?source=" + GENERATED + "&limit=7");
        List<String> ocids = flags.stream().map(flag -> flag.get("ocid").asText()).toList();
        assertThat(ocids).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).isNotEmpty();
        List<String> published = flags.stream().map(flag -> flag.get("published").asText()).toList();
        assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
        for (JsonNode flag : flags) {
            boolean isLong = longContracts.contains(flag.get("ocid").asText());
            assertThat(flag.get("flags").findValuesAsText("reason").contains("long-contract"))
                    .as(flag.get("ocid").asText()).isEqualTo(isLong);
        }
    }

    // ---- bad parameters

    @Test
    void shouldRefuseBadParametersNamingThem() {
        refused("/api/v1/analytics/emergency?by=supplier", "by");
        refused("/api/v1/analytics/emergency?interval=quarter", "interval");
        refused("/api/v1/analytics/emergency?limit=501", "limit");
        refused("/api/v1/analytics/emergency?procurementMethod=urgent", "procurementMethod");
        refused("/api/v1/analytics/emergency/flags?limit=0", "limit");
        refused("/api/v1/analytics/emergency/flags?buyer=not%20an%20id", "buyer");
    }

    private static void refused(String url, String parameter) {
        given().when().get(url).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo(parameter));
    }

    private static void assertShares(JsonNode shares, long processes, long emergency, String emergencyShare,
                                     long direct, String directShare) {
        assertThat(shares.get("processes").asLong()).isEqualTo(processes);
        assertThat(shares.get("emergency").asLong()).isEqualTo(emergency);
        assertThat(shares.get("emergencyShare").decimalValue().toPlainString()).isEqualTo(emergencyShare);
        assertThat(shares.get("direct").asLong()).isEqualTo(direct);
        assertThat(shares.get("directShare").decimalValue().toPlainString()).isEqualTo(directShare);
    }

    private static JsonNode group(JsonNode answer, String key) {
        for (JsonNode group : answer.at("/data/groups")) {
            if (group.get("key").asText().equals(key)) {
                return group;
            }
        }
        throw new AssertionError("No group " + key + " in " + answer);
    }

    private static JsonNode get(String url) {
        return read(given().when().get(url).then().statusCode(200).contentType(ContentType.JSON).extract().asString());
    }

    private static List<JsonNode> walk(String url) {
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
