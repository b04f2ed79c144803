package org.opencompras.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencompras.TestDatabase;
import org.opencompras.common.json.Json;
import org.opencompras.ingest.RawPublisherFolder.RawMoney;
import org.opencompras.ingest.read.OcdsReader;
import org.opencompras.ingest.read.ReadProgress;

/**
 * Loads real samples of eight publishers, one ingest per publisher folder, and checks what was stored against
 * figures worked out from the same files with plain Jackson ({@link RawPublisherFolder}).
 */
@QuarkusTest
@TestMethodOrder(OrderAnnotation.class)
class RealPublishersIngestTest {

    private static final String ROOT = "/ocds/other-publishers/";
    private static final ObjectMapper PLAIN = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final Map<String, IngestReport> FIRST = new HashMap<>();

    @Inject
    IngestService service;

    @BeforeEach
    void ingestEveryFolderOnce() {
        if (!FIRST.isEmpty()) {
            return;
        }
        for (String folder : List.of("moldova", "uk-contracts-finder", "taiwan", "paraguay", "uganda", "canada",
                "mexico", "ukraine")) {
            FIRST.put(folder, ingest(folder));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"moldova", "uk-contracts-finder", "taiwan", "paraguay", "uganda", "canada", "mexico",
            "ukraine"})
    @Order(1)
    void shouldCountWhatTheFilesHold(String folder) {
        RawPublisherFolder raw = RawPublisherFolder.read(path(folder));
        RawPublisherFolder.Outcome expected = raw.firstIngest();
        IngestReport report = FIRST.get(folder);

        assertThat(report.releasesRead()).isEqualTo(raw.releasesRead());
        assertThat(report.rejectedCount()).isEqualTo(raw.rejected.size());
        assertThat(report.inserted()).isEqualTo(expected.inserted());
        assertThat(report.replaced()).isEqualTo(expected.replaced());
        assertThat(report.duplicates()).isEqualTo(expected.duplicates());
        assertThat(TestDatabase.count("select count(*) from process where source_id = " + sourceId(folder)))
                .isEqualTo(raw.ocids().size());
        assertThat(strings("select ocid from process where source_id = " + sourceId(folder)))
                .containsExactlyInAnyOrderElementsOf(raw.ocids());
    }

    @ParameterizedTest
    @ValueSource(strings = {"moldova", "paraguay", "uganda", "canada", "mexico", "ukraine", "uk-contracts-finder"})
    @Order(2)
    void shouldStoreEveryAmountExactlyWithItsCurrency(String folder) {
        RawPublisherFolder raw = RawPublisherFolder.read(path(folder));
        String ofSource = " join process p on p.ocid = t.ocid where p.source_id = " + sourceId(folder);

        assertThat(money("select t.ocid || '/' || t.award_id, t.value_amount::text, t.value_currency from award t"
                + ofSource)).isEqualTo(expected(raw.values("awards")));
        assertThat(money("select t.ocid || '/' || t.contract_id, t.value_amount::text, t.value_currency"
                + " from contract t" + ofSource)).isEqualTo(expected(raw.values("contracts")));
        assertThat(money("select t.ocid, t.tender_value_amount::text, t.tender_value_currency from process t"
                + " join process p on p.ocid = t.ocid where t.tender_value_amount is not null and p.source_id = "
                + sourceId(folder))).isEqualTo(withAmount(expected(raw.tenderValues())));
    }

    @Test
    @Order(3)
    void shouldChooseSamplesThatHoldMoney() {
        // Guards the figures above against passing on empty maps.
        assertThat(RawPublisherFolder.read(path("paraguay")).values("awards"))
                .containsEntry("ocds-03ad3f-274231/274231-adquisicion-equipos-comunicacion-terminales-opticos"
                        + "-transmision-1", new RawMoney(new java.math.BigDecimal("180941450.0"), "PYG"));
        assertThat(RawPublisherFolder.read(path("canada")).values("contracts"))
                .containsEntry("ocds-34a6hz-01044-060931/001/USW/01044-060931/001/USW",
                        new RawMoney(new java.math.BigDecimal("149597"), "CAD"));
        assertThat(RawPublisherFolder.read(path("uganda")).tenderValues()).hasSize(3);
        assertThat(RawPublisherFolder.read(path("ukraine")).values("awards")).hasSize(2);
    }

    @Test
    @Order(4)
    void shouldRejectTaiwanDatesWithoutTimeNamingTheDate() {
        RawPublisherFolder raw = RawPublisherFolder.read(path("taiwan"));
        IngestReport report = FIRST.get("taiwan");

        assertThat(raw.rejected).hasSize(2).allMatch(r -> r.why().equals("date"));
        assertThat(report.rejected()).hasSize(raw.rejected.size());
        for (int i = 0; i < raw.rejected.size(); i++) {
            assertThat(report.rejected().get(i).position()).contains(raw.rejected.get(i).file());
            assertThat(report.rejected().get(i).reason()).contains("\"" + raw.rejected.get(i).offendingValue() + "\"");
        }
        assertThat(TestDatabase.count("select count(*) from process where source_id = " + sourceId("taiwan")))
                .isZero();
    }

    @Test
    @Order(5)
    void shouldRejectParaguayRecordsWithOnlyLinkedReleases() {
        RawPublisherFolder raw = RawPublisherFolder.read(path("paraguay"));
        IngestReport report = FIRST.get("paraguay");

        assertThat(raw.rejected).extracting(RawPublisherFolder.RawRejection::offendingValue)
                .containsExactly("ocds-03ad3f-284437", "ocds-03ad3f-284453");
        assertThat(report.rejected()).hasSize(2).allSatisfy(r -> assertThat(r.reason()).contains("only linked"));
        assertThat(report.rejected().get(0).position()).contains("284437.json");
        assertThat(report.rejected().get(1).position()).contains("284453.json");
        assertThat(TestDatabase.count("select count(*) from process where ocid in"
                + " ('ocds-03ad3f-284437', 'ocds-03ad3f-284453')")).isZero();
    }

    @Test
    @Order(6)
    void shouldFlagMoldovaStringAmountsAndLowerCaseCurrency() {
        RawPublisherFolder raw = RawPublisherFolder.read(path("moldova"));
        long[] stringAmounts = raw.stringAmounts();
        String issues = " from data_issue d join process p on p.ocid = d.ocid where p.source_id = " + sourceId("moldova");

        // Moldova's string amounts in these files are all empty strings: none is numeric, so none is stored.
        assertThat(stringAmounts[0]).isZero();
        assertThat(stringAmounts[1]).isPositive();
        assertThat(TestDatabase.count("select count(*)" + issues + " and d.code = 'amount_as_string'"))
                .isEqualTo(stringAmounts[0]);
        assertThat(TestDatabase.count("select count(*)" + issues + " and d.code = 'invalid_amount'"
                + " and d.path = 'tender.value.amount'")).isEqualTo(raw.ocids().size());
        long lowerCaseCurrencies = raw.values("awards").values().stream().filter(m -> "mdl".equals(m.currency())).count()
                + raw.values("contracts").values().stream().filter(m -> "mdl".equals(m.currency())).count();
        assertThat(lowerCaseCurrencies).isPositive();
        assertThat(TestDatabase.count("select count(*)" + issues + " and d.code = 'invalid_currency'"
                + " and d.detail = 'mdl'")).isEqualTo(lowerCaseCurrencies);
    }

    @ParameterizedTest
    @ValueSource(strings = {"moldova", "uk-contracts-finder", "ukraine", "mexico", "canada", "paraguay", "uganda"})
    @Order(7)
    void shouldKeyOrganizationsBySchemeAndIdentifier(String folder) {
        TreeSet<String> expected = RawPublisherFolder.read(path(folder)).identifiedParties();
        List<String> stored = strings("""
                select pp.ocid || '|' || o.scheme || '|' || o.identifier from process_party pp
                join organization o on o.id = pp.organization_id join process p on p.ocid = pp.ocid
                where o.identity_key = o.scheme || '-' || o.identifier and p.source_id = """ + sourceId(folder));
        assertThat(stored).containsAll(expected);
    }

    @Test
    @Order(8)
    void shouldCountIdentifiedPartiesInTheSamples() {
        // Guards the check above against passing on empty sets.
        assertThat(RawPublisherFolder.read(path("ukraine")).identifiedParties()).hasSizeGreaterThan(2);
        assertThat(RawPublisherFolder.read(path("mexico")).identifiedParties()).hasSizeGreaterThan(2);
        assertThat(RawPublisherFolder.read(path("canada")).identifiedParties()).hasSize(3);
    }

    @Test
    @Order(9)
    void shouldKeepEveryUkReissuedCopyAsAReplacement() throws Exception {
        RawPublisherFolder raw = RawPublisherFolder.read(path("uk-contracts-finder"));
        long replaced = raw.firstIngest().replaced();
        String ofUk = " where ocid in (select ocid from process where source_id = " + sourceId("uk-contracts-finder") + ")";

        // Five later copies, three of which differ from the earlier one only in key order.
        assertThat(replaced).isEqualTo(2);
        assertThat(FIRST.get("uk-contracts-finder").replaced()).isEqualTo(replaced);
        assertThat(TestDatabase.count("select count(*) from release_replacement" + ofUk)).isEqualTo(replaced);
        assertThat(TestDatabase.count("select count(*) from release" + ofUk)).isEqualTo(raw.lastCopies().size());
        for (JsonNode last : raw.lastCopies().values()) {
            String stored = TestDatabase.text("select data::text from release where ocid = '"
                    + last.get("ocid").asText() + "' and release_id = '" + last.get("id").asText() + "'");
            assertThat(PLAIN.readTree(stored)).isEqualTo(last);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ocds-03ad3f-274231", "ocds-34a6hz-01044-060931/001/USW", "PC-0012",
            "ocds-b5fd17-2c330cf9-adc8-11e6-9901-0019b9f3037b", "ocds-be6bcu-UA-2017-05-22-000501-b"})
    @Order(10)
    void shouldServeTheRecordWithTheStoredReleasesAndCompiledValues(String ocid) throws Exception {
        RawPublisherFolder raw = rawFolderHolding(ocid);
        JsonNode record = PLAIN.readTree(given().when().get("/api/v1/records/" + ocid)
                .then().statusCode(200).extract().asString()).get("records").get(0);

        Map<String, JsonNode> served = new TreeMap<>();
        record.get("releases").forEach(r -> served.put(r.get("id").asText(), r));
        Map<String, JsonNode> expected = new TreeMap<>();
        raw.lastCopies().values().stream().filter(r -> r.get("ocid").asText().equals(ocid))
                .forEach(r -> expected.put(r.get("id").asText(), r));
        assertThat(served).isEqualTo(expected);

        JsonNode compiled = record.get("compiledRelease");
        for (String array : List.of("awards", "contracts")) {
            Map<String, RawMoney> values = new TreeMap<>();
            compiled.path(array).forEach(e -> values.put(ocid + "/" + e.get("id").asText(),
                    RawPublisherFolder.money(e.path("value"))));
            Map<String, RawMoney> fromFiles = new TreeMap<>(raw.values(array));
            fromFiles.keySet().removeIf(key -> !key.startsWith(ocid + "/"));
            assertThat(values).isEqualTo(fromFiles);
        }
        RawMoney tender = raw.tenderValues().get(ocid);
        if (tender != null) {
            assertThat(RawPublisherFolder.money(compiled.path("tender").path("value"))).isEqualTo(tender);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"moldova", "taiwan", "paraguay", "uganda", "canada", "mexico", "ukraine"})
    @Order(20)
    void shouldChangeNothingWhenAFolderIsIngestedAgain(String folder) {
        RawPublisherFolder raw = RawPublisherFolder.read(path(folder));
        IngestReport again = ingest(folder);

        assertThat(again.releasesRead()).isEqualTo(raw.releasesRead());
        assertThat(again.inserted()).isZero();
        assertThat(again.replaced()).isZero();
        assertThat(again.duplicates()).isEqualTo(raw.releasesRead() - raw.rejected.size());
        assertThat(again.processesCompiled()).isZero();
    }

    /**
     * The UK folder holds different copies of the same (ocid, id): reading the older copies again must neither
     * bring them back nor count them as changes.
     */
    @Test
    @Order(21)
    void shouldChangeNothingWhenTheUkFolderIsIngestedAgain() {
        RawPublisherFolder raw = RawPublisherFolder.read(path("uk-contracts-finder"));
        long replacementsBefore = TestDatabase.count("select count(*) from release_replacement");
        IngestReport again = ingest("uk-contracts-finder");

        assertThat(again.releasesRead()).isEqualTo(raw.releasesRead());
        assertThat(again.inserted()).isZero();
        assertThat(again.replaced()).isZero();
        assertThat(again.duplicates()).isEqualTo(raw.releasesRead() - raw.rejected.size());
        assertThat(TestDatabase.count("select count(*) from release_replacement")).isEqualTo(replacementsBefore);
    }

    private IngestReport ingest(String folder) {
        ReadProgress progress = new ReadProgress();
        OcdsReader reader = new OcdsReader(Json.mapper());
        return service.ingest(sourceName(folder), "cli", sink -> reader.read(path(folder), sink, progress), progress);
    }

    private static String sourceName(String folder) {
        return "real-" + folder;
    }

    private static long sourceId(String folder) {
        return TestDatabase.count("select id from source where name = '" + sourceName(folder) + "'");
    }

    private static Path path(String folder) {
        try {
            return Path.of(RealPublishersIngestTest.class.getResource(ROOT + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawPublisherFolder rawFolderHolding(String ocid) {
        for (String folder : List.of("paraguay", "canada", "mexico", "uk-contracts-finder", "ukraine")) {
            RawPublisherFolder raw = RawPublisherFolder.read(path(folder));
            if (raw.ocids().contains(ocid)) {
                return raw;
            }
        }
        throw new IllegalArgumentException("No sample holds " + ocid);
    }

    /** What the database should hold: the exact amount text, and the currency only when it is an ISO code. */
    private static Map<String, List<String>> expected(Map<String, RawMoney> values) {
        Map<String, List<String>> expected = new TreeMap<>();
        values.forEach((key, money) -> expected.put(key, java.util.Arrays.asList(
                money.amount() == null ? null : money.amount().toPlainString(),
                money.currency() != null && money.currency().matches("[A-Z]{3}") ? money.currency() : null)));
        return expected;
    }

    private static Map<String, List<String>> withAmount(Map<String, List<String>> values) {
        values.values().removeIf(v -> v.get(0) == null);
        return values;
    }

    private static Map<String, List<String>> money(String sql) {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), java.util.Arrays.asList(rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return rows;
    }

    private static List<String> strings(String sql) {
        List<String> values = new java.util.ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql + " order by 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return values;
    }
}
