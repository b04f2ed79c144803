package org.opencompras.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.categories.ItemCategoryRefresh;

/**
 * X002 on hand-written processes, with the emergency settings by default (contracts up to 180 days, the item
 * classifier's categories as the expected items):
 * <ul>
 * <li>E-1: emergency, masks, a 730-day contract: flagged (long contract);</li>
 * <li>E-2: emergency, masks, a 30-day contract: not flagged;</li>
 * <li>E-3: emergency, an office chair, a 30-day contract: flagged (item outside the rules);</li>
 * <li>E-4: emergency, no contract and no item: not computable;</li>
 * <li>E-5: emergency, masks, a contract without period: not flagged, no value;</li>
 * <li>E-6: a reverse auction with a 730-day contract: no emergency, not flagged;</li>
 * <li>E-7: emergency, cancelled, a 730-day contract: not computable.</li>
 * </ul>
 */
@QuarkusTest
class RedFlagEmergencyTest {

    private static final String SOURCE = "rf-x002";
    private static final String PREFIX = "ocds-rfx002-";
    private static boolean loaded;

    @Inject
    RedFlagRefresh refresh;

    @Inject
    ItemCategoryRefresh itemCategories;

    @BeforeEach
    void load() {
        synchronized (RedFlagEmergencyTest.class) {
            if (!loaded) {
                List<String> releases = new ArrayList<>();
                releases.add(release("E-1", "Contratación de Emergencia", "complete", "MASCARILLA N95",
                        period("2020-04-02", "2022-04-02")));
                releases.add(release("E-2", "CONTRATACION DE EMERGENCIA", "complete", "MASCARILLA QUIRURGICA",
                        period("2020-04-02", "2020-05-02")));
                releases.add(release("E-3", "Contratación de Emergencia", "complete", "SILLA ERGONOMICA DE OFICINA",
                        period("2020-04-02", "2020-05-02")));
                releases.add(release("E-4", "Contratación de Emergencia", "complete", null, null));
                releases.add(release("E-5", "Contratación de Emergencia", "complete", "MASCARILLA N95", ""));
                releases.add(release("E-6", "Subasta Inversa Electrónica", "complete", "MASCARILLA N95",
                        period("2020-04-02", "2022-04-02")));
                releases.add(release("E-7", "Contratación de Emergencia", "cancelled", "SILLA ERGONOMICA DE OFICINA",
                        period("2020-04-02", "2022-04-02")));
                RedFlagTestData.ingest(SOURCE, String.join("\n", releases));
                loaded = true;
            }
        }
        itemCategories.refresh();
        refresh.refresh();
    }

    private static String period(String start, String end) {
        return "\"period\": {\"startDate\": \"" + start + "T00:00:00-05:00\", \"endDate\": \"" + end
                + "T00:00:00-05:00\"}, ";
    }

    /** A process; no item when {@code item} is null, no contract when {@code period} is null. */
    private static String release(String id, String details, String status, String item, String period) {
        String award = item == null ? "" : """
                , "awards": [{"id": "A1", "status": "active", "items": [{"id": "1", "description": "%s",
                   "quantity": 1, "unit": {"value": {"amount": 10, "currency": "USD"}}}]}]""".formatted(item);
        String contract = period == null ? "" : """
                , "contracts": [{"id": "C1", "awardID": "A1", "status": "active", %s"dateSigned": "2020-04-02T10:00:00-05:00"}]"""
                .formatted(period);
        return ("""
                {"ocid": "%s%s", "id": "r1", "date": "2020-04-02T10:00:00-05:00", "initiationType": "tender",
                 "buyer": {"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO"},
                 "parties": [{"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO", "roles": ["buyer"]}],
                 "tender": {"id": "T1", "title": "COMPRA %s", "status": "%s", "procurementMethod": "direct",
                   "procurementMethodDetails": "%s"}%s%s}""".formatted(PREFIX, id, id, status, details, award, contract))
                .replace("\n", " ");
    }

    @Test
    void shouldFlagTheEmergencyProceduresThatLookLikeNoEmergency() {
        JsonNode page = RedFlagTestData.get("/api/v1/analytics/red-flags?indicator=X002&source=" + SOURCE);
        Map<String, JsonNode> results = new TreeMap<>();
        page.get("data").forEach(row -> results.put(row.get("ocid").asText().substring(PREFIX.length()),
                row.at("/indicators/X002")));
        assertThat(results.keySet()).containsExactly("E-1", "E-2", "E-3", "E-4", "E-5", "E-6", "E-7");

        assertResult(results.get("E-1"), "flagged", 730L, 180);
        assertResult(results.get("E-2"), "notFlagged", 30L, 180);
        assertResult(results.get("E-3"), "flagged", 30L, 180);
        assertResult(results.get("E-4"), "notComputable", null, null);
        assertThat(results.get("E-4").get("reason").asText()).isEqualTo("no contract period and no counted item");
        assertResult(results.get("E-5"), "notFlagged", null, 180);
        assertResult(results.get("E-6"), "notFlagged", null, null);
        assertResult(results.get("E-7"), "notComputable", null, null);
        assertThat(results.get("E-7").get("reason").asText()).isEqualTo("the tender was cancelled");
    }

    @Test
    void shouldFlagWhatTheEmergencyFlagsList() {
        JsonNode flags = RedFlagTestData.get("/api/v1/analytics/emergency/flags?limit=100&source=" + SOURCE);
        List<String> emergency = new ArrayList<>();
        flags.get("data").forEach(flag -> emergency.add(flag.get("ocid").asText()));
        JsonNode page = RedFlagTestData.get("/api/v1/analytics/red-flags?indicator=X002&flagged=true&source=" + SOURCE);
        List<String> flagged = new ArrayList<>();
        page.get("data").forEach(row -> flagged.add(row.get("ocid").asText()));
        // The emergency list also shows the cancelled E-7, which no red flag assesses.
        assertThat(emergency).containsExactlyInAnyOrder(PREFIX + "E-1", PREFIX + "E-3", PREFIX + "E-7");
        assertThat(flagged).containsExactly(PREFIX + "E-1", PREFIX + "E-3");
    }

    @Test
    void shouldDescribeX002WithTheEmergencySettings() {
        JsonNode listing = RedFlagTestData.get("/api/v1/analytics/red-flags/indicators");
        JsonNode x002 = null;
        for (JsonNode indicator : listing.get("data")) {
            if (indicator.get("code").asText().equals("X002")) {
                x002 = indicator;
            }
        }
        assertThat(x002).isNotNull();
        assertThat(x002.at("/settings/maxPeriodDays").asInt()).isEqualTo(180);
        assertThat(x002.at("/settings/rulesFrom").asText()).isEqualTo("categories");
    }

    private static void assertResult(JsonNode result, String outcome, Long value, Integer threshold) {
        assertThat(result.get("outcome").asText()).isEqualTo(outcome);
        if (value == null) {
            assertThat(result.get("value")).isNull();
        } else {
            assertThat(result.get("value").asLong()).isEqualTo(value);
        }
        if (threshold == null) {
            assertThat(result.get("threshold")).isNull();
        } else {
            assertThat(result.get("threshold").asInt()).isEqualTo(threshold);
        }
    }
}
