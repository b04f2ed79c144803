package org.opencompras.redflags;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;

@QuarkusTest
class RedFlagResourceTest {

    private static final String SOURCE = "rf-hand";
    private static final String URL = "/api/v1/analytics/red-flags?source=" + SOURCE;
    private static final String B1 = "EC-RUC-1760990470001-1";
    private static final String B2 = "EC-RUC-1760990550001-1";
    private static final String T1 = "EC-RUC-0990011419001-1";
    private static boolean loaded;

    private static String process(int n, String buyer, String contractAmount, String contractCurrency,
                                  boolean tenderer) {
        String parties = "{\"id\": \"%s\", \"name\": \"BUYER %s\", \"roles\": [\"buyer\"]}".formatted(buyer, buyer)
                + (tenderer ? ", {\"id\": \"%s\", \"name\": \"TENDERER ONE\", \"roles\": [\"tenderer\"]}".formatted(T1) : "");
        return ("{\"ocid\": \"ocds-rfhand-%d\", \"id\": \"1\", \"date\": \"2024-05-01T10:00:00-05:00\", "
                + "\"buyer\": {\"id\": \"%s\"}, \"parties\": [%s], "
                + "\"tender\": {\"id\": \"t\", \"title\": \"Compra %d\", \"procurementMethod\": \"direct\", "
                + "\"numberOfTenderers\": 1, \"value\": {\"amount\": 100, \"currency\": \"USD\"}}, "
                + "\"contracts\": [{\"id\": \"c\", \"value\": {\"amount\": %s, \"currency\": \"%s\"}}]}")
                .formatted(n, buyer, parties, n, contractAmount, contractCurrency);
    }

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        RedFlagTestData.ingest(SOURCE, String.join("\n",
                process(1, B1, "121", "USD", true),
                process(2, B1, "120.00", "USD", false),
                process(3, B2, "130", "EUR", true)));
    }

    @Test
    void shouldFlagContractsAboveTheTenderValueByMoreThanTheThreshold() {
        JsonNode data = RedFlagTestData.get(URL + "&indicator=X001").get("data");
        assertThat(data).hasSize(3);
        assertThat(data.get(0).get("ocid").asText()).isEqualTo("ocds-rfhand-1");
        assertThat(data.get(0).at("/indicators/X001/outcome").asText()).isEqualTo("flagged");
        assertThat(data.get(0).at("/indicators/X001/value").decimalValue()).isEqualByComparingTo("0.21");
        assertThat(data.get(0).at("/indicators/X001/threshold").decimalValue()).isEqualByComparingTo("0.20");
        // Exactly 20% more is not above the threshold.
        assertThat(data.get(1).at("/indicators/X001/outcome").asText()).isEqualTo("notFlagged");
        assertThat(data.get(1).at("/indicators/X001/value").decimalValue()).isEqualByComparingTo("0.20");
        assertThat(data.get(2).at("/indicators/X001/outcome").asText()).isEqualTo("notComputable");
        assertThat(data.get(2).at("/indicators/X001/reason").asText())
                .isEqualTo("a contract is in another currency than the tender");
        assertThat(data.get(2).at("/indicators/X001").has("value")).isFalse();
    }

    @Test
    void shouldSayNotComputableWithTheReasonWhenTheDataLacksWhatAnIndicatorNeeds() {
        JsonNode row = RedFlagTestData.get(URL + "&indicator=R003,R018,R024,R035,R036").at("/data/0");
        assertThat(row.get("ocid").asText()).isEqualTo("ocds-rfhand-1");
        assertThat(row.get("indicators").size()).isEqualTo(5);
        assertThat(row.at("/indicators/R003/outcome").asText()).isEqualTo("notComputable");
        assertThat(row.at("/indicators/R003/reason").asText()).isEqualTo("no tender period start and end date");
        // One tenderer, but a direct award: no competition was expected.
        assertThat(row.at("/indicators/R018/outcome").asText()).isEqualTo("notComputable");
        assertThat(row.at("/indicators/R018/reason").asText()).isEqualTo("procurement method not competitive (direct)");
        assertThat(row.at("/indicators/R024/reason").asText()).isEqualTo("no bids or awards, or an award is not final");
        assertThat(row.at("/indicators/R035/reason").asText()).isEqualTo("no bids or awards, or an award is not final");
        assertThat(row.at("/indicators/R036/reason").asText()).isEqualTo("no active award");
    }

    @Test
    void shouldCountTheOutcomesOfEachBuyersProcesses() {
        JsonNode data = RedFlagTestData.get(URL + "&by=buyer&indicator=X001,R018").get("data");
        List<String> expectedIds = TestDatabase.column("select o.identity_key from organization o "
                + "where o.id in (select buyer_id from process where ocid like 'ocds-rfhand-%') order by 1");
        List<String> ids = new ArrayList<>();
        data.forEach(row -> ids.add(row.at("/organization/id").asText()));
        assertThat(ids).isEqualTo(expectedIds).hasSize(2);
        JsonNode b1 = data.get(ids.indexOf(TestDatabase.text("select o.identity_key from organization o "
                + "join process p on p.buyer_id = o.id where p.ocid = 'ocds-rfhand-1'")));
        assertThat(b1.at("/indicators/X001/outcome").asText()).isEqualTo("flagged");
        assertThat(b1.at("/indicators/X001/value").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(b1.at("/indicators/X001/processes").toString())
                .isEqualTo("{\"flagged\":1,\"notFlagged\":1,\"notComputable\":0}");
        assertThat(b1.at("/indicators/R018/outcome").asText()).isEqualTo("notComputable");
        assertThat(b1.at("/indicators/R018/reason").asText()).isEqualTo("none of its processes could be assessed");
        JsonNode b2 = data.get(1 - ids.indexOf(b1.at("/organization/id").asText()));
        assertThat(b2.at("/indicators/X001/outcome").asText()).isEqualTo("notComputable");
        assertThat(b2.at("/indicators/X001/processes").toString())
                .isEqualTo("{\"flagged\":0,\"notFlagged\":0,\"notComputable\":1}");
    }

    @Test
    void shouldCountTheSameWithoutFiltersFromTheCountsStoredAtTheLastComputation() {
        String b1 = TestDatabase.text("select o.identity_key from organization o "
                + "join process p on p.buyer_id = o.id where p.ocid = 'ocds-rfhand-1'");
        JsonNode found = null;
        String url = "/api/v1/analytics/red-flags?by=buyer&indicator=X001&limit=500";
        while (found == null && url != null) {
            JsonNode page = RedFlagTestData.get(url);
            for (JsonNode row : page.get("data")) {
                if (row.at("/organization/id").asText().equals(b1)) {
                    found = row;
                }
            }
            String next = page.at("/links/next").asText(null);
            url = next == null ? null : next.substring(next.indexOf("/api/v1"));
        }
        assertThat(found).isNotNull();
        assertThat(found.at("/indicators/X001/outcome").asText()).isEqualTo("flagged");
        assertThat(found.at("/indicators/X001/processes").toString())
                .isEqualTo("{\"flagged\":1,\"notFlagged\":1,\"notComputable\":0}");
    }

    @Test
    void shouldCountTheOutcomesOfTheProcessesATendererBidIn() {
        JsonNode data = RedFlagTestData.get(URL + "&by=tenderer&indicator=X001").get("data");
        assertThat(data).hasSize(1);
        assertThat(data.at("/0/organization/id").asText()).isEqualTo(TestDatabase.text(
                "select o.identity_key from organization o join process_party pp on pp.organization_id = o.id "
                        + "where pp.ocid = 'ocds-rfhand-3' and 'tenderer' = any(pp.roles)"));
        assertThat(data.at("/0/indicators/X001/outcome").asText()).isEqualTo("flagged");
        assertThat(data.at("/0/indicators/X001/value").decimalValue()).isEqualByComparingTo("1");
        assertThat(data.at("/0/indicators/X001/processes").toString())
                .isEqualTo("{\"flagged\":1,\"notFlagged\":0,\"notComputable\":1}");
    }

    @Test
    void shouldListOnlyFlaggedSubjectsWhenAsked() {
        JsonNode processes = RedFlagTestData.get(URL + "&indicator=X001&flagged=true").get("data");
        assertThat(processes).hasSize(1);
        assertThat(processes.at("/0/ocid").asText()).isEqualTo("ocds-rfhand-1");
        assertThat(RedFlagTestData.get(URL + "&indicator=R018&flagged=true").get("data")).isEmpty();
        assertThat(RedFlagTestData.get(URL + "&by=buyer&indicator=X001&flagged=true").get("data")).hasSize(1);
    }

    @Test
    void shouldPageByCursor() {
        JsonNode first = RedFlagTestData.get(URL + "&indicator=X001&limit=2&includeTotal=true");
        assertThat(first.at("/meta/total").asLong()).isEqualTo(3);
        assertThat(first.get("data")).hasSize(2);
        String next = first.at("/links/next").asText();
        JsonNode second = RedFlagTestData.get(next.substring(next.indexOf("/api/v1")));
        assertThat(second.at("/data/0/ocid").asText()).isEqualTo("ocds-rfhand-3");
        assertThat(second.at("/links/next").isNull()).isTrue();
    }

    @Test
    void shouldDescribeEachIndicatorWithTheSettingsInEffect() {
        JsonNode listing = RedFlagTestData.get("/api/v1/analytics/red-flags/indicators");
        assertThat(listing.get("note").asText()).contains("not proof of wrongdoing");
        List<String> codes = new ArrayList<>();
        listing.get("data").forEach(indicator -> codes.add(indicator.get("code").asText()));
        assertThat(codes).containsExactly("R003", "R018", "R024", "R028", "R030", "R035", "R036", "R058", "X001",
                "X002", "R038", "R048");
        assertThat(listing.at("/data/0/settings/thresholdDays").asInt()).isEqualTo(15);
        assertThat(listing.at("/data/1/settings/procurementMethods").asText()).isEqualTo("open|selective");
        assertThat(listing.at("/data/5/settings/threshold").asInt()).isEqualTo(1);
        assertThat(listing.at("/data/8/settings/threshold").decimalValue()).isEqualByComparingTo("0.20");
        assertThat(listing.at("/data/2/settings/lowerFence").asText()).isEqualTo("Q1 - 1.5 IQR per source");
        assertThat(listing.at("/data/10/settings/minimumSubmittedBids").asInt()).isEqualTo(2);
        assertThat(listing.at("/data/10/settings/minimumContractingProcesses").asInt()).isEqualTo(2);
        assertThat(listing.at("/data/11/settings/digits").asInt()).isEqualTo(2);
        assertThat(listing.at("/data/11/settings/minimumContractingProcesses").asInt()).isEqualTo(20);
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        refused("by=owner", "by");
        refused("indicator=R038", "indicator");
        refused("by=process&indicator=R018,R048", "indicator");
        refused("by=process,buyer", "by");
        refused("indicator=R999", "indicator");
        refused("flagged=maybe", "flagged");
        refused("limit=0", "limit");
        refused("procurementMethod=auction", "procurementMethod");
        refused("cursor=forged", "cursor");
    }

    private static void refused(String query, String parameter) {
        given().when().get("/api/v1/analytics/red-flags?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo(parameter));
    }
}
