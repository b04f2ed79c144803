package org.opencompras.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencompras.OcdsSchemaValidator;
import org.opencompras.organization.OrganizationIdentity;
import org.opencompras.organization.Ruc;

class SampleGeneratorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int PROCESSES = 2_000;

    private static GenerateSummary summary;
    private static List<JsonNode> releases;

    @BeforeAll
    static void generateOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = new SampleGenerator(7).generate(PROCESSES, out, SampleGenerator.Format.JSON_LINES);
        releases = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            releases.add(read(line));
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] generate(long seed, int processes, SampleGenerator.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SampleGenerator(seed).generate(processes, out, format);
        return out.toByteArray();
    }

    @Test
    void shouldWriteTheSameBytesForTheSameSeed() {
        assertThat(generate(11, 300, SampleGenerator.Format.JSON))
                .isEqualTo(generate(11, 300, SampleGenerator.Format.JSON));
        assertThat(generate(11, 300, SampleGenerator.Format.JSON))
                .isNotEqualTo(generate(12, 300, SampleGenerator.Format.JSON));
    }

    @Test
    void shouldWriteTwoOrThreeReleasesPerProcess() {
        Map<String, Integer> perOcid = new HashMap<>();
        releases.forEach(release -> perOcid.merge(release.get("ocid").asText(), 1, Integer::sum));

        assertThat(perOcid).hasSize(PROCESSES);
        assertThat(perOcid.values()).allMatch(count -> count == 2 || count == 3);
        assertThat(releases).hasSize((int) summary.releases());
        assertThat(summary.processes()).isEqualTo(PROCESSES);
        assertThat(summary.awards()).isBetween(PROCESSES * 85L / 100, PROCESSES - 1L);
        assertThat(summary.contracts()).isBetween(PROCESSES * 75L / 100, summary.awards() - 1);
    }

    @Test
    void shouldGiveEveryReleaseAnOcidAUniqueIdAndIncreasingDates() {
        Set<String> ids = new HashSet<>();
        Map<String, String> lastDate = new HashMap<>();
        for (JsonNode release : releases) {
            assertThat(release.path("ocid").asText()).matches("ocds-5wno2w-[A-Z]+-[A-Z0-9]+-20\\d\\d-\\d{3,}-\\d+");
            assertThat(ids.add(release.path("id").asText())).isTrue();
            String date = release.path("date").asText();
            assertThat(date).matches("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-05:00");
            String previous = lastDate.put(release.get("ocid").asText(), date);
            if (previous != null) {
                assertThat(date).isGreaterThan(previous);
            }
            assertThat(release.path("tag")).isNotEmpty();
        }
    }

    @Test
    void shouldUseOnlyValidRucsInPartyIds() {
        Set<String> partyIds = new HashSet<>();
        releases.forEach(release -> release.path("parties").forEach(party -> partyIds.add(party.get("id").asText())));

        assertThat(partyIds).hasSizeGreaterThan(500);
        for (String partyId : partyIds) {
            assertThat(partyId).matches("EC-RUC-\\d{13}-\\d+");
            assertThat(Ruc.check(partyId.substring(7, 20)).valid()).as(partyId).isTrue();
        }
    }

    @Test
    void shouldGiveBuyersPublicRucsAndSuppliersMostlyCompanyRucs() {
        Map<String, Integer> supplierTypes = new HashMap<>();
        for (JsonNode release : releases) {
            for (JsonNode party : release.path("parties")) {
                OrganizationIdentity identity = OrganizationIdentity.of(party);
                Set<String> roles = new HashSet<>();
                party.get("roles").forEach(role -> roles.add(role.asText()));
                if (roles.contains("buyer")) {
                    assertThat(identity.rucType()).isEqualTo("public");
                } else if (roles.contains("supplier")) {
                    supplierTypes.merge(identity.rucType(), 1, Integer::sum);
                }
            }
        }
        assertThat(supplierTypes.keySet()).containsExactlyInAnyOrder("private", "natural");
        assertThat(supplierTypes.get("private")).isGreaterThan(supplierTypes.get("natural"));
    }

    @Test
    void shouldUseSercopMethodDetailsWithMatchingOcdsMethods() {
        Map<String, Set<String>> methodsByDetails = new HashMap<>();
        for (JsonNode release : releases) {
            JsonNode tender = release.path("tender");
            if (tender.has("procurementMethodDetails")) {
                methodsByDetails.computeIfAbsent(tender.get("procurementMethodDetails").asText(), k -> new HashSet<>())
                        .add(tender.get("procurementMethod").asText());
            }
        }
        assertThat(ProcurementMethod.allDetails()).containsAll(methodsByDetails.keySet());
        assertThat(methodsByDetails).containsEntry("Subasta Inversa Electrónica", Set.of("open"))
                .containsEntry("Ínfima Cuantía", Set.of("direct"))
                .containsEntry("Contratación de Emergencia", Set.of("direct"))
                .containsEntry("Licitación", Set.of("open"))
                .containsEntry("Cotización", Set.of("selective"))
                .containsEntry("Menor Cuantía", Set.of("selective"));
        assertThat(methodsByDetails).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void shouldConcentrateAwardsOnAFewSuppliers() {
        Map<String, Integer> awardsBySupplier = new HashMap<>();
        releases.forEach(release -> release.path("awards").forEach(award -> award.path("suppliers").forEach(
                supplier -> awardsBySupplier.merge(OrganizationIdentity.of(supplier).key(), 1, Integer::sum))));
        int total = awardsBySupplier.values().stream().mapToInt(Integer::intValue).sum();
        int topTen = awardsBySupplier.values().stream().sorted((a, b) -> b - a).limit(10)
                .mapToInt(Integer::intValue).sum();

        // uniform over the suppliers who won anything would give the top ten 10 / distinct of the awards
        double uniformShare = 10.0 / awardsBySupplier.size();
        assertThat((double) topTen / total).isGreaterThan(0.1).isGreaterThan(5 * uniformShare);
    }

    @Test
    void shouldPublishSomeSuppliersUnderSeveralSpellings() {
        Map<String, Set<String>> namesByRuc = new HashMap<>();
        releases.forEach(release -> release.path("parties").forEach(party -> namesByRuc
                .computeIfAbsent(OrganizationIdentity.of(party).key(), k -> new HashSet<>())
                .add(party.get("name").asText())));

        assertThat(namesByRuc.values().stream().filter(names -> names.size() > 1).count()).isGreaterThan(20);
    }

    @Test
    void shouldWriteAmountsWithExactlyTwoDecimalsInUsd() {
        String text = new String(generate(9, 200, SampleGenerator.Format.JSON_LINES), StandardCharsets.UTF_8);
        Matcher amounts = Pattern.compile("\\{\"amount\":([^,}]+),\"currency\":\"([^\"]*)\"}").matcher(text);
        int count = 0;
        while (amounts.find()) {
            assertThat(amounts.group(1)).matches("\\d+\\.\\d{2}");
            assertThat(amounts.group(2)).isEqualTo("USD");
            count++;
        }
        assertThat(count).isGreaterThan(200 * 4);
        assertThat(text).doesNotContain("\"amount\":\"").doesNotContain("E+").doesNotContain("e+");
    }

    @Test
    void shouldBuyCovidGoodsAtPricesSpreadAroundTheReference() {
        List<Double> maskPrices = new ArrayList<>();
        releases.forEach(release -> release.path("awards").forEach(award -> award.path("items").forEach(item -> {
            if (item.at("/classification/id").asText().equals("352900011")) {
                maskPrices.add(item.at("/unit/value/amount").asDouble());
            }
        })));

        assertThat(maskPrices).hasSizeGreaterThan(10);
        assertThat(maskPrices.stream().distinct().count()).isGreaterThan(maskPrices.size() / 2);
        assertThat(maskPrices.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isLessThan(0.35);
        assertThat(maskPrices.stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isGreaterThan(0.35);
    }

    @Test
    void shouldWriteAReleasePackageThatValidatesAgainstOcds115() throws IOException {
        byte[] json = generate(3, 150, SampleGenerator.Format.JSON);
        JsonNode releasePackage = MAPPER.readTree(json);

        assertThat(releasePackage.get("releases").size()).isBetween(300, 450);
        assertThat(OcdsSchemaValidator.validateReleasePackage(releasePackage)).isEmpty();
    }

    @Test
    void shouldWriteOneReleasePerLine() {
        String lines = new String(generate(5, 20, SampleGenerator.Format.JSON_LINES), StandardCharsets.UTF_8);

        assertThat(lines).endsWith("}\n");
        assertThat(lines.split("\n")).allSatisfy(line -> assertThat(read(line).has("ocid")).isTrue());
    }
}
