package org.opencompras.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencompras.analytics.RawProcess.RawContract;
import org.opencompras.analytics.RawProcess.RawItem;
import org.opencompras.categories.IndependentClassifier;
import org.opencompras.common.json.Json;
import org.opencompras.ingest.IngestService;
import org.opencompras.ingest.RawPublisherFolder;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.ReadProgress;

/**
 * The analytics answers over real published files (two SERCOP releases and samples of eight other publishers), one
 * source per folder, checked against figures worked out from the same files with plain Jackson
 * ({@link RawPublisherFolder}, {@link RawProcess}): contract counts and exact sums per currency, concentration,
 * data-quality failures, red flags, unit prices and item categories (the latter with the bundled rules applied by
 * {@link IndependentClassifier}). Sources are named {@code analytics-<folder>}, apart from the ingest test's.
 */
@QuarkusTest
class RealPublishersAnalyticsTest {

    private static final Map<String, String> FOLDERS = new LinkedHashMap<>();
    private static final ObjectMapper PLAIN = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final Map<String, Map<String, RawProcess>> RAW = new HashMap<>();

    static {
        FOLDERS.put("ecuador", "/ocds/ecuador");
        for (String publisher : List.of("moldova", "uk-contracts-finder", "taiwan", "paraguay", "uganda", "canada",
                "mexico", "ukraine")) {
            FOLDERS.put(publisher, "/ocds/other-publishers/" + publisher);
        }
    }

    /** Appended to every ocid of the files, so that their processes are not those the ingest tests load. */
    private static final String SUFFIX = "-analytics";
    private static Path copies;

    @Inject
    IngestService service;

    @BeforeEach
    void ingestEveryFolderOnce() throws IOException {
        if (!RAW.isEmpty()) {
            return;
        }
        copies = Files.createTempDirectory("real-publishers-analytics");
        OcdsReader reader = new OcdsReader(Json.mapper());
        for (String folder : FOLDERS.keySet()) {
            Path copy = OcidSuffixedCopy.of(path(folder), copies.resolve(folder), SUFFIX);
            ReadProgress progress = new ReadProgress();
            service.ingest(source(folder), "cli", sink -> reader.read(copy, sink, progress), progress);
            RAW.put(folder, RawProcess.of(RawPublisherFolder.read(copy)));
        }
    }

    @AfterAll
    static void deleteTheCopies() {
        if (copies != null) {
            OcidSuffixedCopy.delete(copies);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecuador", "moldova", "uk-contracts-finder", "taiwan", "paraguay", "uganda", "canada",
            "mexico", "ukraine"})
    void shouldSummarizeTheContractsOfTheFiles(String folder) {
        List<RawContract> contracts = contracts(folder);
        JsonNode data = get("/api/v1/stats/summary?source=" + source(folder)).get("data");

        assertThat(data.get("contracts").asLong()).isEqualTo(contracts.size());
        assertThat(data.get("processes").asLong()).isEqualTo(contracts.stream().map(RawContract::ocid).distinct().count());
        assertThat(data.get("buyers").asLong()).isEqualTo(contracts.stream().map(RawContract::ocid).distinct()
                .map(ocid -> RAW.get(folder).get(ocid).buyerIdentity()).filter(b -> b != null).distinct().count());
        assertThat(data.get("suppliers").asLong()).isEqualTo(contracts.stream()
                .flatMap(c -> c.suppliers().stream()).distinct().count());
        assertThat(data.get("withoutValue").asLong()).isEqualTo(contracts.stream().filter(c -> c.amount() == null).count());
        List<String> values = new ArrayList<>();
        data.get("values").forEach(v -> values.add(v.get("currency").asText(null) + " count=" + v.get("count").asLong()
                + " amount=" + plain(v.get("amount")) + " min=" + plain(v.get("min")) + " max=" + plain(v.get("max"))));
        assertThat(values).containsExactlyInAnyOrderElementsOf(expectedValues(contracts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecuador", "moldova", "paraguay", "canada", "mexico", "ukraine"})
    void shouldMeasureConcentrationAmongSuppliersAndBuyers(String folder) {
        for (String side : List.of("supplier", "buyer")) {
            Map<String, List<RawContract>> byOrganization = new TreeMap<>();
            long unattributed = 0;
            for (RawContract contract : contracts(folder)) {
                String buyer = RAW.get(folder).get(contract.ocid()).buyerIdentity();
                List<String> organizations = side.equals("supplier") ? List.copyOf(contract.suppliers())
                        : buyer == null ? List.of() : List.of(buyer);
                unattributed += organizations.isEmpty() ? 1 : 0;
                organizations.forEach(o -> byOrganization.computeIfAbsent(o, k -> new ArrayList<>()).add(contract));
            }
            JsonNode data = get("/api/v1/stats/concentration?by=" + side + "&top=1&source=" + source(folder)).get("data");

            assertThat(data.get("organizations").asLong()).as(side).isEqualTo(byOrganization.size());
            assertThat(data.get("unattributed").asLong()).as(side).isEqualTo(unattributed);
            List<BigDecimal> counts = byOrganization.values().stream().map(l -> BigDecimal.valueOf(l.size())).toList();
            assertThat(share(data.get("count").get("contracts"), data.get("count").get("topContracts"),
                    data.get("count").get("topShare"), data.get("count").get("hhi"))).as(side).isEqualTo(expectedShare(counts));
            Map<String, String> amounts = new TreeMap<>();
            data.get("amounts").forEach(a -> amounts.put(a.get("currency").asText(null) + " organizations="
                    + a.get("organizations").asLong(), share(a.get("amount"), a.get("topAmount"), a.get("topShare"), a.get("hhi"))));
            assertThat(amounts).as(side).isEqualTo(expectedAmountShares(byOrganization));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecuador", "moldova", "uk-contracts-finder", "paraguay", "uganda", "canada", "mexico",
            "ukraine"})
    void shouldCountTheProcessesFailingEachQualityCheck(String folder) {
        Map<String, RawProcess> processes = RAW.get(folder);
        Map<String, Predicate<RawProcess>> checks = new LinkedHashMap<>();
        checks.put("missing_buyer", p -> p.buyerIdentity() == null);
        checks.put("missing_supplier", p -> p.awardedOrContracted() && p.noSupplier());
        checks.put("missing_amount", p -> p.awardedOrContracted() && p.noAmount());
        checks.put("missing_dates", RawProcess::missingDates);
        checks.put("missing_method", p -> p.method() == null || !RawProcess.METHODS.contains(p.method()));
        checks.put("invalid_currency", RawProcess::invalidCurrency);
        checks.put("amount_as_string", p -> p.amountKinds().contains("numericText"));
        checks.put("invalid_amount", p -> p.amountKinds().contains("otherText"));
        checks.put("invalid_date", RawProcess::invalidDate);
        checks.put("unmatched_party_reference", RawProcess::unmatchedPartyReference);

        JsonNode sources = get("/api/v1/quality?source=" + source(folder)).at("/data/sources");
        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).get("processes").asLong()).isEqualTo(processes.size());
        Map<String, Long> failing = new HashMap<>();
        sources.get(0).get("checks").forEach(c -> failing.put(c.get("code").asText(), c.get("failing").asLong()));
        checks.forEach((code, check) -> {
            TreeSet<String> expected = new TreeSet<>();
            processes.values().stream().filter(check).forEach(p -> expected.add(p.ocid()));
            assertThat(failing.get(code)).as(code).isEqualTo(expected.size());
            TreeSet<String> listed = new TreeSet<>();
            get("/api/v1/quality/checks/" + code + "/processes?limit=500&source=" + source(folder)).get("data")
                    .forEach(p -> listed.add(p.get("ocid").asText()));
            assertThat(listed).as(code).isEqualTo(expected);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecuador", "moldova", "uk-contracts-finder", "paraguay", "uganda", "canada", "mexico",
            "ukraine"})
    void shouldFlagTheProcessesAsTheirOwnFieldsImply(String folder) {
        Map<String, Function<RawProcess, Map<String, Object>>> indicators = new LinkedHashMap<>();
        indicators.put("R003", RawProcess::shortSubmissionPeriod);
        indicators.put("R018", RawProcess::singleBid);
        indicators.put("X001", RawProcess::contractAboveTender);
        Map<String, Map<String, Map<String, Object>>> expected = new TreeMap<>();
        RAW.get(folder).forEach((ocid, process) -> {
            Map<String, Map<String, Object>> results = new TreeMap<>();
            indicators.forEach((code, indicator) -> results.put(code, process.excluded() != null
                    ? Map.of("outcome", "notComputable", "reason", process.excluded()) : indicator.apply(process)));
            expected.put(ocid, results);
        });

        JsonNode rows = get("/api/v1/analytics/red-flags?indicator=R003,R018,X001&limit=500&source=" + source(folder))
                .get("data");
        Map<String, Map<String, Map<String, Object>>> served = new TreeMap<>();
        rows.forEach(row -> {
            Map<String, Map<String, Object>> results = new TreeMap<>();
            row.get("indicators").fields().forEachRemaining(e -> results.put(e.getKey(), result(e.getValue())));
            served.put(row.get("ocid").asText(), results);
        });
        assertThat(served).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecuador", "moldova", "uk-contracts-finder", "paraguay", "canada", "mexico", "ukraine"})
    void shouldComparePricesOfTheAwardItemsWithAUnitPrice(String folder) {
        List<RawItem> all = RAW.get(folder).values().stream()
                .flatMap(p -> List.of("tender", "award", "contract").stream().flatMap(scope -> p.items(scope).stream()))
                .toList();
        List<RawItem> priced = all.stream().filter(i -> i.scope().equals("award") && i.classificationId() != null
                && i.unitAmount() != null && i.unitAmount().signum() > 0).toList();
        TreeSet<String> codes = new TreeSet<>();
        all.stream().map(RawItem::classificationId).filter(c -> c != null && c.matches("[A-Za-z0-9.-]{1,20}"))
                .forEach(codes::add);
        assertThat(codes).isNotEmpty();
        for (String code : codes) {
            List<RawItem> purchases = priced.stream().filter(i -> i.classificationId().startsWith(code)).toList();
            JsonNode classes = get("/api/v1/analytics/prices?limit=500&classification=" + code + "&source="
                    + source(folder)).get("data");
            TreeSet<String> expectedUnitNames = new TreeSet<>();
            purchases.stream().map(RawItem::unitName).filter(n -> n != null).forEach(expectedUnitNames::add);
            long served = 0;
            TreeSet<String> unitNames = new TreeSet<>();
            List<String> currencies = new ArrayList<>();
            for (JsonNode c : classes) {
                served += c.get("purchases").asLong();
                c.get("unitNames").forEach(n -> unitNames.add(n.asText()));
                currencies.add(c.get("currency").asText(null));
                // Prices are compared only in a unit: items that give none have no prices.
                assertThat(c.get("prices").isNull()).as(code).isEqualTo(expectedUnitNames.isEmpty());
            }
            assertThat(served).as(code).isEqualTo(purchases.size());
            assertThat(unitNames).as(code).isEqualTo(expectedUnitNames);
            assertThat(currencies).as(code).containsExactlyInAnyOrderElementsOf(
                    purchases.stream().map(i -> i.unitCurrency()).distinct().toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecuador", "moldova", "uk-contracts-finder", "paraguay", "uganda", "canada", "mexico",
            "ukraine"})
    void shouldCountTheItemsAndSpendOfEachCategory(String folder) {
        Map<String, List<RawItem>> byCategory = new TreeMap<>();
        RAW.get(folder).values().forEach(p -> p.countedItems().forEach(i -> byCategory.computeIfAbsent(
                IndependentClassifier.classify(i.description(), i.classificationDescription(),
                        i.classificationScheme(), i.classificationId()), k -> new ArrayList<>()).add(i)));
        Map<String, String> expected = new TreeMap<>();
        byCategory.forEach((category, items) -> {
            Map<String, BigDecimal> amounts = new TreeMap<>();
            Map<String, Long> valued = new TreeMap<>();
            items.stream().filter(i -> i.quantity() != null && i.unitAmount() != null).forEach(i -> {
                amounts.merge(String.valueOf(i.unitCurrency()), i.quantity().multiply(i.unitAmount()), BigDecimal::add);
                valued.merge(String.valueOf(i.unitCurrency()), 1L, Long::sum);
            });
            List<String> values = new ArrayList<>();
            amounts.forEach((currency, amount) -> values.add(currency + " " + RawProcess.plain(amount) + " ("
                    + valued.get(currency) + ")"));
            expected.put(category, "items=" + items.size() + " processes="
                    + items.stream().map(RawItem::ocid).distinct().count() + " values=" + values);
        });

        Map<String, String> served = new TreeMap<>();
        get("/api/v1/analytics/categories?source=" + source(folder)).at("/data/categories").forEach(c -> {
            if (c.get("items").asLong() > 0) {
                List<String> values = new ArrayList<>();
                c.get("values").forEach(v -> values.add(v.get("currency").asText(null) + " " + plain(v.get("amount"))
                        + " (" + v.get("items").asLong() + ")"));
                values.sort(null);
                served.put(c.get("code").asText(), "items=" + c.get("items").asLong() + " processes="
                        + c.get("processes").asLong() + " values=" + values);
            }
        });
        assertThat(served).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecuador", "moldova", "uk-contracts-finder", "taiwan", "paraguay", "uganda", "canada",
            "mexico", "ukraine"})
    void shouldIngestTheFilesWithNothingChangedButTheirOcids(String folder) {
        List<JsonNode> original = withoutOcids(RawPublisherFolder.read(path(folder)));
        List<JsonNode> copied = withoutOcids(RawPublisherFolder.read(copies.resolve(folder)));

        assertThat(copied).isEqualTo(original);
        assertThat(RawPublisherFolder.read(copies.resolve(folder)).lastCopies().values())
                .allMatch(r -> r.get("ocid").asText().endsWith(SUFFIX));
    }

    /** Guards the comparisons above against passing on figures that are all zero or all alike. */
    @Test
    void shouldFindInTheFilesTheFiguresTheyWereChosenFor() {
        assertThat(expectedValues(contracts("moldova"))).containsExactly(
                "null count=4 amount=1441809.71 min=53922 max=1040000");
        assertThat(expectedValues(contracts("ukraine"))).containsExactly("UAH count=2 amount=53017.3 min=10000 max=43017.3");
        assertThat(expectedValues(contracts("canada"))).containsExactly("CAD count=3 amount=5295299 min=14916 max=5130786");
        assertThat(contracts("canada")).allMatch(c -> c.suppliers().isEmpty());
        assertThat(contracts("moldova").stream().flatMap(c -> c.suppliers().stream()).distinct()).hasSize(4);

        Map<String, RawProcess> moldova = RAW.get("moldova");
        assertThat(moldova.values()).allMatch(p -> p.amountKinds().contains("otherText"))
                .allMatch(p -> p.singleBid().get("reason").toString().startsWith("procurement method not competitive"));
        assertThat(moldova.values().stream().filter(RawProcess::invalidCurrency)).hasSize(3);
        assertThat(moldova.values().stream().map(p -> p.shortSubmissionPeriod().get("outcome")))
                .containsExactlyInAnyOrder("flagged", "flagged", "notFlagged", "notFlagged");
        assertThat(RAW.get("mexico").get("PC-0012" + SUFFIX).shortSubmissionPeriod()).containsEntry("outcome", "flagged")
                .containsEntry("value", "3");
        assertThat(RAW.get("mexico").get("PC-0012" + SUFFIX).singleBid()).containsEntry("reason", "no tender.numberOfTenderers");
        assertThat(RAW.get("ecuador").get("ocds-5wno2w-SIE-HOALO-2025-003-141697" + SUFFIX).singleBid())
                .containsEntry("outcome", "notFlagged").containsEntry("value", "2");
        assertThat(RAW.get("paraguay").get("ocds-03ad3f-274231" + SUFFIX).contractAboveTender())
                .containsEntry("outcome", "notFlagged").containsEntry("value", "-0.6984309067");
        assertThat(RAW.get("canada").values()).allMatch(RawProcess::missingDates).allMatch(RawProcess::invalidDate)
                .allMatch(p -> p.awardedOrContracted() && p.noSupplier());
        assertThat(RAW.get("ukraine").values()).allMatch(RawProcess::unmatchedPartyReference);
        List<RawItem> paraguayItems = RAW.get("paraguay").get("ocds-03ad3f-274231" + SUFFIX).countedItems();
        assertThat(paraguayItems).hasSize(4).allMatch(i -> i.scope().equals("contract") && "PYG".equals(i.unitCurrency()));
        assertThat(paraguayItems.stream().map(i -> i.quantity().multiply(i.unitAmount())).reduce(BigDecimal::add)
                .orElseThrow()).isEqualByComparingTo("180941450");
        assertThat(RAW.get("mexico").get("PC-0012" + SUFFIX).items("award")).singleElement()
                .matches(i -> i.classificationId().equals("33401") && i.unitName() == null
                        && i.unitAmount().compareTo(new BigDecimal("2552")) == 0);
    }

    // ---- expectations from the raw files -----------------------------------------------------------------------

    private static List<RawContract> contracts(String folder) {
        return RAW.get(folder).values().stream().flatMap(p -> p.rawContracts().stream()).toList();
    }

    private static List<String> expectedValues(List<RawContract> contracts) {
        Map<String, List<BigDecimal>> byCurrency = new TreeMap<>();
        contracts.stream().filter(c -> c.amount() != null).forEach(c -> byCurrency
                .computeIfAbsent(String.valueOf(c.currency()), k -> new ArrayList<>()).add(c.amount()));
        List<String> values = new ArrayList<>();
        byCurrency.forEach((currency, amounts) -> values.add(currency + " count=" + amounts.size()
                + " amount=" + RawProcess.plain(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                + " min=" + RawProcess.plain(amounts.stream().min(BigDecimal::compareTo).orElseThrow())
                + " max=" + RawProcess.plain(amounts.stream().max(BigDecimal::compareTo).orElseThrow())));
        return values;
    }

    /** "total top share hhi" for the top organization (top=1): share to 6 places, HHI to 2, half-even. */
    private static String expectedShare(List<BigDecimal> perOrganization) {
        BigDecimal total = perOrganization.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = perOrganization.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal squares = perOrganization.stream().map(x -> x.multiply(x)).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return RawProcess.plain(total) + " " + RawProcess.plain(top) + " null null";
        }
        return RawProcess.plain(total) + " " + RawProcess.plain(top) + " "
                + RawProcess.plain(top.divide(total, 6, RoundingMode.HALF_EVEN)) + " "
                + RawProcess.plain(BigDecimal.valueOf(10_000).multiply(squares)
                .divide(total.multiply(total), 2, RoundingMode.HALF_EVEN));
    }

    /** Per currency, each organization credited with the whole value of each of its contracts. */
    private static Map<String, String> expectedAmountShares(Map<String, List<RawContract>> byOrganization) {
        Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
        byOrganization.forEach((organization, contracts) -> contracts.stream().filter(c -> c.amount() != null)
                .forEach(c -> sums.computeIfAbsent(String.valueOf(c.currency()), k -> new TreeMap<>())
                        .merge(organization, c.amount(), BigDecimal::add)));
        Map<String, String> expected = new TreeMap<>();
        sums.forEach((currency, perOrganization) -> expected.put(currency + " organizations=" + perOrganization.size(),
                expectedShare(List.copyOf(perOrganization.values()))));
        return expected;
    }

    private static List<JsonNode> withoutOcids(RawPublisherFolder folder) {
        List<JsonNode> releases = new ArrayList<>();
        folder.lastCopies().values().forEach(r -> releases.add(((ObjectNode) r.deepCopy()).without("ocid")));
        return releases;
    }

    // ---- reading the answers -----------------------------------------------------------------------------------

    private static String share(JsonNode total, JsonNode top, JsonNode topShare, JsonNode hhi) {
        return plain(total) + " " + plain(top) + " " + plain(topShare) + " " + plain(hhi);
    }

    private static Map<String, Object> result(JsonNode indicator) {
        Map<String, Object> result = new LinkedHashMap<>();
        indicator.fields().forEachRemaining(e -> result.put(e.getKey(),
                e.getValue().isNumber() ? plain(e.getValue()) : e.getValue().asText()));
        return result;
    }

    private static String plain(JsonNode number) {
        return number == null || number.isNull() ? "null" : RawProcess.plain(number.decimalValue());
    }

    private static JsonNode get(String uri) {
        try {
            return PLAIN.readTree(given().when().get(uri).then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source(String folder) {
        return "analytics-" + folder;
    }

    private static Path path(String folder) {
        try {
            return Path.of(RealPublishersAnalyticsTest.class.getResource(FOLDERS.get(folder)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
