package org.opencompras.redflags;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencompras.TestReleases;
import org.opencompras.common.api.PublicId;

/**
 * The indicators reproduce Cardinal's own test fixtures (test resources redflags/cardinal, see PROVENANCE.md there):
 * each fixture is ingested under a source of its own, the flags are computed with the settings Cardinal's tests
 * use for it, and the processes the API flags, with their values, are those of the fixture's expected output.
 */
@QuarkusTest
class CardinalFixturesTest {

    // Cardinal's fixture tests: no price comparison for method details "NPC", method details "EXC" excluded.
    private static final RedFlagSettings BASE = with(RedFlagSettings.defaults(), Set.of("NPC"), Set.of("EXC"), 15,
            Set.of(), Map.of());

    // Cardinal's value is always 1.0 for these: we report the measured quantity instead (days for R003...).
    private static final Set<String> YES_NO = Set.of("R003", "R018", "R028", "R030", "R036");

    @Inject
    RedFlagComputation computation;

    @Inject
    RedFlagRefresh refresh;

    private static RedFlagSettings with(RedFlagSettings s, Set<String> noPrice, Set<String> excluded, int r003,
                                        Set<String> r003Methods, Map<String, Integer> r003Details) {
        return new RedFlagSettings(s.currency(), noPrice, s.priceComparison(), excluded, r003, r003Methods,
                r003Details, s.r018Methods(), s.r024Threshold(), s.r035Threshold(), s.r058Threshold(),
                s.contractAboveTenderThreshold(), s.organizations());
    }

    @Test
    void shouldReproduceR003() {
        check("R003", "R003", BASE);
    }

    @Test
    void shouldReproduceR003WithAThresholdOf10Days() {
        check("R003-threshold-10", "R003", with(BASE, BASE.noPriceComparison(), BASE.excludedDetails(), 10, Set.of(),
                Map.of()));
    }

    @Test
    void shouldReproduceR003ForOpenAndSelectiveMethodsOnly() {
        check("R003-procurement_methods-open+selective", "R003", with(BASE, BASE.noPriceComparison(),
                BASE.excludedDetails(), 15, Set.of("open", "selective"), Map.of()));
    }

    @Test
    void shouldReproduceR003WithThresholdsPerMethodDetails() {
        check("R003-procurement_method_details-x-5-y-10", "R003", with(BASE, BASE.noPriceComparison(),
                BASE.excludedDetails(), 15, Set.of(), Map.of("x", 5, "y", 10)));
    }

    /** The process indicators whose fixture is checked with Cardinal's default settings. */
    @ParameterizedTest
    @ValueSource(strings = {"R018", "R024", "R028", "R030", "R035", "R036", "R058"})
    void shouldReproduceWithDefaultSettings(String indicator) {
        check(indicator, indicator, BASE);
    }

    @Test
    void shouldReproduceR038() {
        // Cardinal's ProcuringEntity group has no list here: its Buyer and Tenderer groups are compared.
        checkOrganizations("R038", "R038", BASE, "r038fx");
    }

    @Test
    void shouldReproduceR048() {
        // The fixture predates the minimum number of processes (default 20): its expected output is that of a
        // minimum of 1, as in Cardinal's own example of R048.
        RedFlagSettings.OrganizationLevel defaults = RedFlagSettings.OrganizationLevel.defaults();
        RedFlagSettings settings = withOrganizations(BASE, new RedFlagSettings.OrganizationLevel(
                defaults.r038Threshold(), defaults.r038MinimumSubmittedBids(),
                defaults.r038MinimumContractingProcesses(), defaults.r048Digits(), defaults.r048Threshold(), 1));
        checkOrganizations("R048", "R048", settings, "r048fx");
    }

    private static RedFlagSettings withOrganizations(RedFlagSettings s, RedFlagSettings.OrganizationLevel level) {
        return new RedFlagSettings(s.currency(), s.noPriceComparison(), s.priceComparison(), s.excludedDetails(),
                s.r003Threshold(), s.r003Methods(), s.r003DetailsThresholds(), s.r018Methods(), s.r024Threshold(),
                s.r035Threshold(), s.r058Threshold(), s.contractAboveTenderThreshold(), level);
    }

    /**
     * For an indicator assessed per organization: ingests the fixture under ocids of a registered-looking prefix of
     * its own (so that its party ids are scoped apart from other data), computes the flags, and compares the buyers
     * flagged (by=buyer) with Cardinal's Buyer group, and the tenderers and suppliers flagged (by=tenderer,
     * by=supplier) with its Tenderer group, values included. Each process is not assessed by the indicator: asking
     * for it per process is refused.
     */
    private void checkOrganizations(String fixture, String code, RedFlagSettings settings, String scope) {
        String source = "rf-" + fixture.toLowerCase();
        String prefix = "ocds-" + scope;
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (String line : TestReleases.resource("/redflags/cardinal/" + fixture + ".jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode release = (ObjectNode) RedFlagTestData.read(line);
            release.put("ocid", prefix + "-" + (++n));
            release.put("id", "1");
            release.put("date", "2020-01-01T00:00:00Z");
            lines.add(release.toString());
        }
        RedFlagTestData.ingest(source, String.join("\n", lines));
        try {
            computation.recompute(settings);
            JsonNode expected = RedFlagTestData.read(TestReleases.resource("/redflags/cardinal/" + fixture + ".expected"));
            assertThat(flaggedOrganizations(source, code, "buyer")).isEqualTo(group(expected, "Buyer", code, prefix));
            Map<String, BigDecimal> tenderers = flaggedOrganizations(source, code, "tenderer");
            tenderers.putAll(flaggedOrganizations(source, code, "supplier"));
            assertThat(tenderers).isEqualTo(group(expected, "Tenderer", code, prefix));
            given().when().get("/api/v1/analytics/red-flags?indicator=" + code + "&source=" + source)
                    .then().statusCode(400).body("detail", containsString("indicator"));
        } finally {
            refresh.refresh();
        }
    }

    private static Map<String, BigDecimal> flaggedOrganizations(String source, String code, String by) {
        JsonNode page = RedFlagTestData.get("/api/v1/analytics/red-flags?limit=500&by=" + by + "&indicator=" + code
                + "&source=" + source);
        Map<String, BigDecimal> flagged = new TreeMap<>();
        for (JsonNode row : page.get("data")) {
            JsonNode result = row.at("/indicators/" + code);
            assertThat(result.get("outcome").asText()).isIn("flagged", "notFlagged", "notComputable");
            if (result.get("outcome").asText().equals("flagged")) {
                flagged.put(row.at("/organization/id").asText(), result.get("value").decimalValue().stripTrailingZeros());
            }
        }
        return flagged;
    }

    /** A group of Cardinal's expected output, by the ids the API gives those organizations. */
    private static Map<String, BigDecimal> group(JsonNode expected, String group, String code, String prefix) {
        Map<String, BigDecimal> flagged = new TreeMap<>();
        expected.path(group).fields().forEachRemaining(e -> flagged.put(
                PublicId.of("party:" + prefix + ":" + e.getKey()),
                e.getValue().get(code).decimalValue().stripTrailingZeros()));
        return flagged;
    }

    /**
     * Ingests the fixture (each line a compiled release, given an ocid of our own, an id and a date so that it is
     * a release), computes the flags and compares the flagged processes and values with the expected output.
     */
    private void check(String fixture, String code, RedFlagSettings settings) {
        String source = "rf-" + fixture.toLowerCase().replace('+', '-');
        String prefix = "ocds-rfx" + Integer.toHexString(fixture.hashCode()) + "-";
        List<String> ocids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : TestReleases.resource("/redflags/cardinal/" + fixture + ".jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode release = (ObjectNode) RedFlagTestData.read(line);
            ocids.add(release.get("ocid").asText());
            release.put("ocid", prefix + ocids.size());
            release.put("id", "1");
            release.put("date", "2020-01-01T00:00:00Z");
            lines.add(release.toString());
        }
        RedFlagTestData.ingest(source, String.join("\n", lines));
        try {
            computation.recompute(settings);
            JsonNode page = RedFlagTestData.get("/api/v1/analytics/red-flags?limit=500&indicator=" + code
                    + "&source=" + source);
            assertThat(page.get("data")).hasSize(ocids.size());
            Map<String, BigDecimal> flagged = new TreeMap<>();
            for (JsonNode row : page.get("data")) {
                JsonNode result = row.at("/indicators/" + code);
                assertThat(result.get("outcome").asText()).isIn("flagged", "notFlagged", "notComputable");
                if (result.get("outcome").asText().equals("flagged")) {
                    String ocid = ocids.get(Integer.parseInt(row.get("ocid").asText().substring(prefix.length())) - 1);
                    flagged.put(ocid, YES_NO.contains(code) ? BigDecimal.ONE : result.get("value").decimalValue());
                }
            }
            Map<String, BigDecimal> expected = new TreeMap<>();
            RedFlagTestData.read(TestReleases.resource("/redflags/cardinal/" + fixture + ".expected"))
                    .path("OCID").fields().forEachRemaining(e -> expected.put(e.getKey(),
                            e.getValue().get(code).decimalValue()));
            assertThat(flagged.keySet()).isEqualTo(expected.keySet());
            flagged.forEach((ocid, value) -> assertThat(value).as(ocid).isEqualByComparingTo(expected.get(ocid)));
        } finally {
            // Later tests see the flags of the configured settings, as after any ingest.
            refresh.refresh();
        }
    }
}
