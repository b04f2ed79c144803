package org.opencompras.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencompras.OcdsSchemaValidator;

/** Planted facts are in the output exactly as the summary reports them, and bids follow the awards. */
class SampleGeneratorPlantsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int PROCESSES = 3_000;
    private static final long SEED = 7;

    private static GenerateSummary summary;
    /** The releases of each process, in order. */
    private static Map<String, List<JsonNode>> processes;

    @BeforeAll
    static void generateOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = new SampleGenerator(SEED).generate(PROCESSES, out, SampleGenerator.Format.JSON_LINES, Plants.all());
        processes = byOcid(out.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, List<JsonNode>> byOcid(String lines) {
        Map<String, List<JsonNode>> byOcid = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            JsonNode release = read(line);
            byOcid.computeIfAbsent(release.get("ocid").asText(), k -> new ArrayList<>()).add(release);
        }
        return byOcid;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] generate(long seed, int count, Plants plants) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SampleGenerator(seed).generate(count, out, SampleGenerator.Format.JSON, plants);
        return out.toByteArray();
    }

    /** The first value of {@code pointer} among a process's releases, missing when none has it. */
    private static JsonNode first(List<JsonNode> releases, String pointer) {
        return releases.stream().map(r -> r.at(pointer)).filter(n -> !n.isMissingNode()).findFirst()
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private static String ruc(JsonNode reference) {
        return reference.get("id").asText().substring(7, 20);
    }

    @Test
    void shouldGiveTheDominantSupplierExactlyTheReportedContractsOfTheBuyer() {
        PlantedFacts.DominantSupplier planted = summary.planted().dominantSupplier();
        long buyerContracts = 0;
        long supplierContracts = 0;
        for (List<JsonNode> releases : processes.values()) {
            JsonNode contracts = first(releases, "/contracts");
            if (contracts.isMissingNode() || !ruc(releases.get(0).get("buyer")).equals(planted.buyerRuc())) {
                continue;
            }
            buyerContracts += contracts.size();
            if (ruc(first(releases, "/awards/0/suppliers/0")).equals(planted.supplierRuc())) {
                supplierContracts += contracts.size();
            }
        }
        assertThat(buyerContracts).isEqualTo(planted.buyerContracts()).isGreaterThan(50);
        assertThat(supplierContracts).isEqualTo(planted.supplierContracts());
        assertThat(planted.share()).isEqualTo(BigDecimal.valueOf(supplierContracts)
                .divide(BigDecimal.valueOf(buyerContracts), 6, RoundingMode.HALF_EVEN));
        // At least the share asked for, rounded up to a whole contract; above it only by the supplier's own wins.
        assertThat(supplierContracts).isGreaterThanOrEqualTo(new BigDecimal("0.6")
                .multiply(BigDecimal.valueOf(buyerContracts)).setScale(0, RoundingMode.CEILING).longValueExact());
        assertThat(planted.share()).isLessThan(new BigDecimal("0.7"));
    }

    @Test
    void shouldWriteTheOverPricedPurchaseAtTheReportedUnitPrice() {
        PlantedFacts.OverPricedPurchase planted = summary.planted().overPricedPurchase();
        List<JsonNode> releases = processes.get(planted.ocid());
        JsonNode item = first(releases, "/awards/0/items/0");

        assertThat(planted.factor()).isEqualByComparingTo("8");
        assertThat(planted.unitPrice()).isEqualTo(planted.referenceUnitPrice().multiply(planted.factor())
                .setScale(2, RoundingMode.HALF_UP));
        assertThat(item.at("/classification/id").asText()).isEqualTo(planted.cpc());
        assertThat(item.at("/unit/value/amount").decimalValue()).isEqualTo(planted.unitPrice());
        assertThat(item.get("quantity").asLong()).isEqualTo(planted.quantity());
        assertThat(first(releases, "/contracts/0/id").isMissingNode()).isFalse();
    }

    @Test
    void shouldWriteTheLongEmergencyContractForParks() {
        PlantedFacts.LongEmergency planted = summary.planted().longEmergency();
        List<JsonNode> releases = processes.get(planted.ocid());
        JsonNode period = first(releases, "/contracts/0/period");

        assertThat(planted.ocid()).contains("-EMG-");
        assertThat(first(releases, "/tender/procurementMethodDetails").asText()).isEqualTo("Contratación de Emergencia");
        assertThat(first(releases, "/tender/items/0/classification/id").asText()).isEqualTo("859700011");
        assertThat(first(releases, "/tender/mainProcurementCategory").asText()).isEqualTo("services");
        assertThat(period.get("durationInDays").asInt()).isEqualTo(730).isEqualTo(planted.days());
        assertThat(OffsetDateTime.parse(period.get("startDate").asText())).isEqualTo(planted.start());
        assertThat(OffsetDateTime.parse(period.get("endDate").asText())).isEqualTo(planted.end())
                .isEqualTo(planted.start().plusDays(730));
    }

    @Test
    void shouldWriteEqualBidPricesOnlyWherePlanted() {
        PlantedFacts.IdenticalBids planted = summary.planted().identicalBids();
        Set<String> sharedPrices = new HashSet<>();
        processes.forEach((ocid, releases) -> {
            JsonNode bids = first(releases, "/bids/details");
            Set<BigDecimal> prices = new HashSet<>();
            bids.forEach(bid -> prices.add(bid.at("/value/amount").decimalValue().stripTrailingZeros()));
            if (prices.size() < bids.size()) {
                sharedPrices.add(ocid);
            }
        });
        assertThat(sharedPrices).containsExactly(planted.ocid());

        JsonNode bids = first(processes.get(planted.ocid()), "/bids/details");
        assertThat(bids.size()).isEqualTo(planted.bids()).isGreaterThanOrEqualTo(2);
        bids.forEach(bid -> {
            assertThat(bid.at("/value/amount").decimalValue()).isEqualTo(planted.price());
            assertThat(bid.get("status").asText()).isEqualTo("valid");
        });
        assertThat(first(processes.get(planted.ocid()), "/awards/0/value/amount").decimalValue())
                .isEqualTo(planted.price());
    }

    @Test
    void shouldBidTheAwardedValueForTheWinnerAndMoreForTheOthers() {
        Map<String, List<JsonNode>> unplanted = new LinkedHashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SampleGenerator(SEED).generate(1_000, out, SampleGenerator.Format.JSON_LINES);
        unplanted.putAll(byOcid(out.toString(StandardCharsets.UTF_8)));
        int withBids = 0;
        int disqualified = 0;
        for (List<JsonNode> releases : unplanted.values()) {
            JsonNode bids = first(releases, "/bids/details");
            if (bids.isMissingNode()) {
                continue;
            }
            withBids++;
            JsonNode tenderers = first(releases, "/tender/tenderers");
            assertThat(bids.size()).isEqualTo(tenderers.size());
            JsonNode award = first(releases, "/awards/0");
            for (JsonNode bid : bids) {
                assertThat(bid.get("id").asText()).startsWith(releases.get(0).get("ocid").asText().substring(12));
                assertThat(bid.get("date").asText()).isLessThanOrEqualTo(first(releases, "/tender/tenderPeriod/endDate").asText());
                BigDecimal value = bid.at("/value/amount").decimalValue();
                if (award.isMissingNode()) {
                    assertThat(bid.get("status").asText()).isEqualTo("disqualified");
                } else if (bid.at("/tenderers/0/id").equals(award.at("/suppliers/0/id"))) {
                    assertThat(value).isEqualTo(award.at("/value/amount").decimalValue());
                    assertThat(bid.get("status").asText()).isEqualTo("valid");
                } else {
                    assertThat(value).isGreaterThan(award.at("/value/amount").decimalValue());
                    disqualified += bid.get("status").asText().equals("disqualified") ? 1 : 0;
                }
            }
        }
        assertThat(withBids).isGreaterThan(300);
        assertThat(disqualified).isPositive();
    }

    @Test
    void shouldStayDeterministicAndValidWithPlants() throws IOException {
        assertThat(generate(11, 300, Plants.all())).isEqualTo(generate(11, 300, Plants.all()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SampleGenerator(11).generate(300, out, SampleGenerator.Format.JSON);
        assertThat(generate(11, 300, Plants.NONE)).isEqualTo(out.toByteArray());
        assertThat(OcdsSchemaValidator.validateReleasePackage(MAPPER.readTree(generate(3, 150, Plants.all())))).isEmpty();
    }

    @Test
    void shouldReportNothingWithoutPlants() {
        GenerateSummary plain = new SampleGenerator(SEED).generate(50, new ByteArrayOutputStream(),
                SampleGenerator.Format.JSON_LINES);
        assertThat(plain.planted()).isEqualTo(PlantedFacts.NONE);
    }
}
