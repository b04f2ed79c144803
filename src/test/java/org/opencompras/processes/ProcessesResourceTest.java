package org.opencompras.processes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;
import org.opencompras.contract.CsvReader;
import org.opencompras.contract.ListChecks;
import org.opencompras.common.json.Json;
import org.opencompras.generate.SampleGenerator;

@QuarkusTest
class ProcessesResourceTest {

    private static final String KEY = "Bearer test-admin-key";
    private static final String GENERATED = "processes-gen";
    private static final String HAND = "processes-hand";
    private static final String WALK = "processes-walk";
    private static final String SLASHED = "ocds-t5proc-hand/2024/slash-1";
    private static final int PROCESSES = 250;

    private static boolean loaded;

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var out = new ByteArrayOutputStream();
        new SampleGenerator(5).generate(PROCESSES, out, SampleGenerator.Format.JSON_LINES);
        // Unique ocids: other test classes may load the generator's processes too.
        String generated = out.toString(StandardCharsets.UTF_8).replace("\"ocds-5wno2w-", "\"ocds-t5proc-");
        ingest(GENERATED, generated);
        ingest(HAND, String.join("\n", handReleases()));
    }

    private static List<String> handReleases() {
        return List.of("""
                {"ocid": "%s", "id": "h1-1", "date": "2024-03-01T10:00:00-05:00", "tag": ["tender", "award", "contract"],
                 "initiationType": "tender",
                 "buyer": {"id": "EC-RUC-1760001550001-1", "name": "Gobierno Autónomo Descentralizado de Quitó"},
                 "parties": [{"id": "EC-RUC-1760001550001-1", "name": "Gobierno Autónomo Descentralizado de Quitó", "roles": ["buyer"]},
                   {"id": "EC-RUC-0993038210001-9", "name": "MAX INSUMO S.A.", "roles": ["supplier"]},
                   {"id": "DE-1", "name": "Euro Medical GmbH", "identifier": {"scheme": "DE-CR", "id": "HRB1234"}, "roles": ["supplier"]}],
                 "tender": {"id": "t1", "title": "Adquisición de termómetros infrarrojos", "status": "complete",
                   "procurementMethod": "open", "procurementMethodDetails": "Licitación", "mainProcurementCategory": "goods",
                   "value": {"amount": 1500.50, "currency": "USD"}, "numberOfTenderers": 2,
                   "tenderPeriod": {"startDate": "2024-03-01T10:00:00-05:00", "endDate": "2024-03-10T10:00:00-05:00"}},
                 "awards": [{"id": "a1", "status": "active", "date": "2024-03-15T10:00:00-05:00",
                     "value": {"amount": 1000.10, "currency": "USD"}, "suppliers": [{"id": "EC-RUC-0993038210001-9", "name": "MAX INSUMO S.A."}]},
                   {"id": "a2", "status": "active", "date": "2024-03-16T10:00:00-05:00",
                     "value": {"amount": 200.05, "currency": "EUR"}, "suppliers": [{"id": "DE-1", "name": "Euro Medical GmbH"}]},
                   {"id": "a3", "status": "cancelled", "value": {"amount": 99.90, "currency": "USD"},
                     "suppliers": [{"id": "EC-RUC-0993038210001-9", "name": "MAX INSUMO S.A."}]}],
                 "contracts": [{"id": "c1", "awardID": "a1", "status": "active", "dateSigned": "2024-03-20T10:00:00-05:00",
                     "value": {"amount": 1000.10, "currency": "USD"}},
                   {"id": "c2", "awardID": "a2", "status": "active", "dateSigned": "2024-03-21T10:00:00-05:00",
                     "value": {"amount": 200.05, "currency": "EUR"}}]}""".formatted(SLASHED).replace("\n", " "),
                """
                {"ocid": "%s", "id": "h1-2", "date": "2024-04-01T09:00:00-05:00", "tag": ["tenderUpdate"],
                 "tender": {"id": "t1", "numberOfTenderers": 2}}""".formatted(SLASHED).replace("\n", " "),
                """
                {"ocid": "ocds-t5proc-hand-2", "id": "h2-1", "date": "2024-02-01T10:00:00-05:00", "tag": ["tender"],
                 "tender": {"id": "t2", "title": "TERMOMETROS digitales para la emergencia", "status": "active",
                   "procurementMethod": "direct", "procurementMethodDetails": "Contratación de Emergencia",
                   "value": {"amount": 300, "currency": "USD"}}}""".replace("\n", " "),
                """
                {"ocid": "ocds-t5proc-hand-3", "id": "h3-1", "date": "2024-01-15T10:00:00-05:00", "tag": ["tender"],
                 "tender": {"id": "t3", "title": "Guantes de nitrilo", "status": "active"}}""".replace("\n", " "));
    }

    // ---- filters and sorts, each against plain SQL over the stored rows

    @Test
    void shouldListEveryProcessOfASourceNewestFirst() {
        assertThat(walk("source=" + GENERATED + "&limit=100"))
                .hasSize(PROCESSES)
                .containsExactlyElementsOf(expected(GENERATED, "true", "p.first_release_date desc, p.ocid desc"));
    }

    @Test
    void shouldApplyEveryFilterExactly() {
        String buyer = TestDatabase.text("select o.identity_key from process p join organization o on o.id = p.buyer_id "
                + "where " + source(GENERATED) + " group by o.identity_key order by count(*) desc, 1 limit 1");
        String supplier = TestDatabase.text("select o.identity_key from award_supplier s join process p on p.ocid = s.ocid "
                + "join organization o on o.id = s.organization_id where " + source(GENERATED)
                + " group by o.identity_key order by count(*) desc, 1 limit 1");
        Map<String, String> cases = new TreeMap<>();
        cases.put("buyer=" + buyer, "p.buyer_id = (select id from organization where identity_key = '" + buyer + "')");
        cases.put("buyer=" + buyer.substring("EC-RUC-".length()),
                "p.buyer_id = (select id from organization where identity_key = '" + buyer + "')");
        cases.put("supplier=" + supplier, "exists (select 1 from award_supplier s join organization o on o.id = "
                + "s.organization_id where s.ocid = p.ocid and o.identity_key = '" + supplier + "')");
        cases.put("procurementMethod=direct,limited", "p.procurement_method in ('direct', 'limited')");
        cases.put("procurementMethodDetails=infima cuantia", "p.procurement_method_details = 'Ínfima Cuantía'");
        cases.put("emergency=true", "p.procurement_method_details ilike '%emergencia%'");
        cases.put("emergency=false", "coalesce(p.procurement_method_details not ilike '%emergencia%', true)");
        cases.put("status=unsuccessful", "p.tender_status = 'unsuccessful'");
        cases.put("status=active,unsuccessful", "p.tender_status in ('active', 'unsuccessful')");
        cases.put("signedFrom=2022-01-01&signedTo=2022-12-31", "exists (select 1 from contract c where c.ocid = p.ocid "
                + "and c.date_signed >= '2022-01-01T00:00:00Z' and c.date_signed < '2023-01-01T00:00:00Z')");
        cases.put("awardedFrom=2021-06-01T00:00:00-05:00&awardedTo=2022-06-30", "exists (select 1 from award a "
                + "where a.ocid = p.ocid and a.award_date >= '2021-06-01T05:00:00Z' and a.award_date < '2022-07-01T00:00:00Z')");
        cases.put("publishedFrom=2021-01-01&publishedTo=2021-12-31",
                "p.first_release_date >= '2021-01-01T00:00:00Z' and p.first_release_date < '2022-01-01T00:00:00Z'");
        cases.put("currency=USD&minAmount=5000&maxAmount=20000.50",
                "p.tender_value_currency = 'USD' and p.tender_value_amount between 5000 and 20000.50");
        cases.put("classification=3529", "exists (select 1 from item i where i.ocid = p.ocid and i.classification_id like '3529%')");
        cases.put("mainProcurementCategory=works,services", "p.main_procurement_category in ('works', 'services')");
        cases.put("emergency=false&procurementMethod=direct&mainProcurementCategory=goods",
                "coalesce(p.procurement_method_details not ilike '%emergencia%', true) and p.procurement_method = 'direct' "
                        + "and p.main_procurement_category = 'goods'");
        cases.forEach((query, where) -> {
            List<String> expected = expected(GENERATED, where, "p.first_release_date desc, p.ocid desc");
            assertThat(expected).as(query + " selects some but not all").isNotEmpty().hasSizeLessThan(PROCESSES);
            assertThat(walk("source=" + GENERATED + "&limit=40&" + query)).as(query).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void shouldSearchTextAccentAndStemInsensitiveAndRankByRelevance() {
        assertThat(walk("source=" + HAND + "&q=termometro")).containsExactly(SLASHED, "ocds-t5proc-hand-2");
        assertThat(walk("source=" + HAND + "&q=TERMÓMETROS&sort=relevance")).containsExactlyElementsOf(
                expected(HAND, "p.search @@ websearch_to_tsquery('es_unaccent', 'termómetro')",
                        "ts_rank_cd(p.search, websearch_to_tsquery('es_unaccent', 'termómetro')) desc, p.ocid desc"));
        assertThat(walk("source=" + HAND + "&q=nitrilo")).containsExactly("ocds-t5proc-hand-3");
        assertThat(walk("source=" + HAND + "&q=quito")).as("party names are searched").containsExactly(SLASHED);
    }

    @Test
    void shouldSortEveryWay() {
        assertThat(walk("source=" + GENERATED + "&limit=100&sort=datePublished"))
                .containsExactlyElementsOf(expected(GENERATED, "true", "p.first_release_date, p.ocid"));
        assertThat(walk("source=" + GENERATED + "&limit=100&sort=-amount&currency=USD")).containsExactlyElementsOf(
                expected(GENERATED, "p.tender_value_currency = 'USD'", "p.tender_value_amount desc nulls last, p.ocid desc"));
        assertThat(walk("source=" + GENERATED + "&limit=100&sort=amount&currency=USD")).containsExactlyElementsOf(
                expected(GENERATED, "p.tender_value_currency = 'USD'", "p.tender_value_amount nulls last, p.ocid"));
        assertThat(walk("source=" + HAND + "&sort=amount&currency=USD&limit=1"))
                .containsExactly("ocds-t5proc-hand-2", SLASHED);
    }

    @Test
    void shouldCountWhenAsked() {
        given().when().get("/api/v1/processes?source=" + GENERATED + "&emergency=true&includeTotal=true&limit=1")
                .then().statusCode(200)
                .body("meta.total", equalTo((int) TestDatabase.count("select count(*) from process p where "
                        + source(GENERATED) + " and p.procurement_method_details ilike '%emergencia%'")))
                .body("meta.limit", equalTo(1))
                .header("Link", startsWith("<http"));
        given().when().get("/api/v1/processes?source=" + GENERATED + "&limit=1")
                .then().statusCode(200).body("meta.total", equalTo(null));
    }

    // ---- items

    @Test
    void shouldSumAwardsAndContractsPerCurrencyForEveryProcess() throws Exception {
        Map<String, String> expected = new HashMap<>();
        for (String table : List.of("award", "contract")) {
            TestDatabase.rows("select x.ocid, count(*), string_agg(x.value_currency || '=' || x.total, ',' "
                    + "order by x.value_currency) filter (where x.total is not null) from (select t.ocid, "
                    + "t.value_currency, sum(t.value_amount) as total from " + table + " t join process p on p.ocid = "
                    + "t.ocid where " + source(GENERATED) + " group by t.ocid, t.value_currency) x group by x.ocid")
                    .forEach(row -> expected.put(table + " " + row.get(0), row.get(1) + " " + row.get(2)));
        }
        int checked = 0;
        for (JsonNode item : walkItems("source=" + GENERATED + "&limit=500")) {
            String ocid = item.get("ocid").asText();
            for (String table : List.of("award", "contract")) {
                JsonNode totals = item.at("/totals/" + table + "s");
                String shown = totals.get("count").asLong() == 0 ? null : totals.get("count").asLong() + " " + values(totals);
                assertThat(shown).as(table + "s of " + ocid).isEqualTo(expected.get(table + " " + ocid));
                checked += shown == null ? 0 : 1;
            }
        }
        assertThat(checked).isGreaterThan(PROCESSES);
    }

    @Test
    void shouldServeOneProcessWhoseOcidHoldsSlashesWithTotalsToTheCent() throws Exception {
        JsonNode item = Json.mapper().readTree(given().when().get("/api/v1/processes/" + SLASHED)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString());
        assertThat(item.get("ocid").asText()).isEqualTo(SLASHED);
        assertThat(item.get("title").asText()).isEqualTo("Adquisición de termómetros infrarrojos");
        assertThat(item.get("status").asText()).isEqualTo("complete");
        assertThat(item.get("procurementMethod").asText()).isEqualTo("open");
        assertThat(item.get("procurementMethodDetails").asText()).isEqualTo("Licitación");
        assertThat(item.get("emergency").asBoolean()).isFalse();
        assertThat(item.get("mainProcurementCategory").asText()).isEqualTo("goods");
        assertThat(item.at("/buyer/id").asText()).isEqualTo("EC-RUC-1760001550001");
        assertThat(item.at("/buyer/name").asText()).isEqualTo("Gobierno Autónomo Descentralizado de Quitó");
        assertThat(item.at("/tenderValue/amount").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(item.at("/tenderValue/currency").asText()).isEqualTo("USD");
        assertThat(item.at("/tenderPeriod/startDate").asText()).isEqualTo("2024-03-01T15:00:00Z");
        assertThat(item.at("/tenderPeriod/endDate").asText()).isEqualTo("2024-03-10T15:00:00Z");
        assertThat(item.get("datePublished").asText()).isEqualTo("2024-03-01T15:00:00Z");
        assertThat(item.get("dateModified").asText()).isEqualTo("2024-04-01T14:00:00Z");
        assertThat(item.get("numberOfTenderers").asInt()).isEqualTo(2);
        assertThat(item.get("source").asText()).isEqualTo(HAND);
        assertThat(item.at("/totals/awards/count").asInt()).isEqualTo(3);
        assertThat(values(item.at("/totals/awards"))).isEqualTo("EUR=200.05,USD=1100.00");
        assertThat(item.at("/totals/contracts/count").asInt()).isEqualTo(2);
        assertThat(values(item.at("/totals/contracts"))).isEqualTo("EUR=200.05,USD=1000.10");
        assertThat(item.at("/links/self").asText()).endsWith("/api/v1/processes/" + SLASHED);
        assertThat(item.at("/links/record").asText()).endsWith("/api/v1/records/" + SLASHED);
        given().when().get(item.at("/links/record").asText()).then().statusCode(200)
                .body("records[0].ocid", equalTo(SLASHED));

        given().urlEncodingEnabled(false).when().get("/api/v1/processes/" + SLASHED.replace("/", "%2F"))
                .then().statusCode(200).body("ocid", equalTo(SLASHED));
        given().when().get("/api/v1/processes/ocds-t5proc-hand-3").then().statusCode(200)
                .body("tenderValue", equalTo(null))
                .body("totals.awards.count", equalTo(0))
                .body("totals.awards.values.size()", equalTo(0))
                .body("totals.contracts.count", equalTo(0));
    }

    @Test
    void shouldLeaveReleasePathsToTheReleasesEndpoint() {
        // The process template must not take ".../releases/{id}" as an ocid.
        given().when().get("/api/v1/processes/" + SLASHED + "/releases/h1-1")
                .then().statusCode(200)
                .body("releases[0].ocid", equalTo(SLASHED)).body("releases[0].id", equalTo("h1-1"));
        given().when().get("/api/v1/processes/" + SLASHED + "/releases/none")
                .then().statusCode(404).body("detail", not(startsWith("No process with ocid")));
    }

    @Test
    void shouldAnswerUnknownOcidsWithAProblem() {
        given().when().get("/api/v1/processes/ocds-t5proc-none")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/not-found"))
                .body("detail", equalTo("No process with ocid 'ocds-t5proc-none'"));
        given().when().get("/api/v1/processes/" + "x".repeat(3000)).then().statusCode(404);
    }

    // ---- bad parameters

    @Test
    void shouldExportTheWholeFilteredListAsCsvAndJsonLines() {
        String query = "source=" + GENERATED + "&sort=-amount&currency=USD";
        List<JsonNode> items = ListChecks.onePage("/api/v1/processes", query);
        assertThat(items).hasSizeGreaterThan(100);

        String ndjson = given().urlEncodingEnabled(false).when().get("/api/v1/processes?" + query + "&format=ndjson&limit=1")
                .then().statusCode(200).contentType("application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"processes.ndjson\"")
                .extract().asString();
        ListChecks.assertNdjsonMatches(ndjson, items);

        String csv = given().urlEncodingEnabled(false).header("Accept", "text/csv")
                .when().get("/api/v1/processes?" + query)
                .then().statusCode(200).header("Content-Disposition", "attachment; filename=\"processes.csv\"")
                .extract().asString();
        List<List<String>> records = CsvReader.read(csv);
        List<String> header = records.get(0);
        assertThat(records).hasSize(items.size() + 1);
        for (int row = 0; row < items.size(); row++) {
            JsonNode item = items.get(row);
            List<String> record = records.get(row + 1);
            assertThat(record.get(header.indexOf("ocid"))).isEqualTo(item.get("ocid").asText());
            assertThat(record.get(header.indexOf("tenderValue.amount")))
                    .isEqualTo(item.at("/tenderValue/amount").decimalValue().toPlainString());
            List<String> sums = new ArrayList<>();
            item.at("/totals/contracts/values").forEach(value ->
                    sums.add(value.get("currency").asText() + " " + value.get("amount").decimalValue().toPlainString()));
            assertThat(record.get(header.indexOf("totals.contracts.values"))).isEqualTo(String.join("; ", sums));
            assertThat(record.get(header.indexOf("totals.contracts.count")))
                    .isEqualTo(item.at("/totals/contracts/count").asText());
        }
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        Map<String, String> cases = new TreeMap<>();
        cases.put("sort=newest", "sort");
        cases.put("sort=-amount", "sort");
        cases.put("sort=amount&minAmount=1", "minAmount");
        cases.put("sort=relevance", "sort");
        cases.put("limit=0", "limit");
        cases.put("limit=100000", "limit");
        cases.put("limit=abc", "limit");
        cases.put("publishedFrom=2020-13-01", "publishedFrom");
        cases.put("signedTo=yesterday", "signedTo");
        cases.put("publishedFrom=2021-02-01&publishedTo=2021-01-01", "publishedTo");
        cases.put("minAmount=abc&currency=USD", "minAmount");
        cases.put("maxAmount=10", "maxAmount");
        cases.put("currency=usd", "currency");
        cases.put("cursor=not-a-cursor", "cursor");
        cases.put("includeTotal=maybe", "includeTotal");
        cases.put("emergency=maybe", "emergency");
        cases.put("status=open", "status");
        cases.put("procurementMethod=auction", "procurementMethod");
        cases.put("mainProcurementCategory=food", "mainProcurementCategory");
        cases.put("buyer=not an id", "buyer");
        cases.put("classification=35%25", "classification");
        cases.forEach((query, parameter) -> given().when().get("/api/v1/processes?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://opencompras.org/problems/invalid-parameter"))
                .body("invalidParams[0].name", equalTo(parameter)));
    }

    @Test
    void shouldRefuseACursorOfAnotherQuery() {
        String next = given().when().get("/api/v1/processes?source=" + GENERATED + "&limit=2")
                .then().statusCode(200).extract().path("links.next");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
        given().when().get("/api/v1/processes?source=" + GENERATED + "&limit=2&sort=datePublished&cursor=" + cursor)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
        given().when().get("/api/v1/processes?source=" + GENERATED + "&limit=2&cursor=" + cursor)
                .then().statusCode(200);
    }

    // ---- paging while data changes

    @Test
    void shouldServeEveryRowOnceAndInOrderWhileAnotherIngestCommitsBetweenPages() throws Exception {
        OffsetDateTime start = OffsetDateTime.parse("2023-01-01T08:00:00-05:00");
        List<String> initial = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            initial.add(walkRelease("ocds-t5walk-%02d".formatted(i), "r0", start.plusDays(i)));
        }
        ingest(WALK, String.join("\n", initial));
        Set<String> originals = new HashSet<>(TestDatabase.column("select p.ocid from process p where " + source(WALK)));

        List<JsonNode> seen = new ArrayList<>();
        String url = "/api/v1/processes?source=" + WALK + "&limit=4";
        int page = 0;
        while (url != null) {
            JsonNode body = Json.mapper().readTree(given().urlEncodingEnabled(page == 0).when().get(url)
                    .then().statusCode(200).extract().asString());
            body.get("data").forEach(seen::add);
            url = body.at("/links/next").isNull() ? null : body.at("/links/next").asText();
            // Between pages: a newer process, an older one, and new releases of a seen and an unseen process.
            ingest(WALK, String.join("\n",
                    walkRelease("ocds-t5walk-new-%02d".formatted(page), "r0", start.plusDays(100 + page)),
                    walkRelease("ocds-t5walk-old-%02d".formatted(page), "r0", start.minusDays(10 + page)),
                    walkRelease("ocds-t5walk-%02d".formatted(24 - page), "r" + (page + 1), start.plusDays(200 + page)),
                    walkRelease("ocds-t5walk-%02d".formatted(page), "r" + (page + 1), start.plusDays(300 + page))));
            page++;
        }
        List<String> ocids = seen.stream().map(item -> item.get("ocid").asText()).toList();
        assertThat(ocids).doesNotHaveDuplicates().containsAll(originals);
        assertThat(ocids).noneMatch(ocid -> ocid.startsWith("ocds-t5walk-new-"));
        for (int i = 1; i < seen.size(); i++) {
            String previous = seen.get(i - 1).get("datePublished").asText() + " " + ocids.get(i - 1);
            String current = seen.get(i).get("datePublished").asText() + " " + ocids.get(i);
            assertThat(current).as("row %d after row %d", i, i - 1).isLessThan(previous);
        }
    }

    private static String walkRelease(String ocid, String id, OffsetDateTime date) {
        return """
                {"ocid": "%s", "id": "%s", "date": "%s", "tag": ["tender"], "tender": {"id": "t", "title": "Walk %s"}}"""
                .formatted(ocid, id, date, id);
    }

    // ---- helpers

    private static String source(String name) {
        return "p.source_id = (select id from source where name = '" + name + "')";
    }

    private static List<String> expected(String sourceName, String where, String order) {
        return TestDatabase.column("select p.ocid from process p where " + source(sourceName) + " and (" + where
                + ") order by " + order);
    }

    private static String values(JsonNode totals) {
        List<String> values = new ArrayList<>();
        totals.get("values").forEach(v -> values.add(v.get("currency").asText() + "="
                + v.get("amount").decimalValue().toPlainString()));
        return String.join(",", values);
    }

    /** Every ocid of a list, following links.next to the end. */
    private static List<String> walk(String query) {
        return walkItems(query).stream().map(item -> item.get("ocid").asText()).toList();
    }

    private static List<JsonNode> walkItems(String query) {
        List<JsonNode> items = new ArrayList<>();
        String url = "/api/v1/processes?" + query;
        boolean first = true;
        while (url != null) {
            String body = given().urlEncodingEnabled(first).when().get(url)
                    .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
            JsonNode page;
            try {
                page = Json.mapper().readTree(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            page.get("data").forEach(items::add);
            url = page.at("/links/next").isNull() ? null : page.at("/links/next").asText();
            first = false;
        }
        return items;
    }

    private static void ingest(String source, String body) {
        given().contentType("application/x-ndjson").header("Authorization", KEY).queryParam("source", source).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/ingest")
                .then().statusCode(200).body("rejectedCount", equalTo(0));
    }

}
