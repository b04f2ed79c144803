package org.opencompras.ocds.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of {@link ReleaseMerger} with the bundled OCDS 1.1.5 rules, on small processes written inline.
 */
class ReleaseMergerTest {

    private final ReleaseMerger merger = new ReleaseMerger(MergeRules.ocds11());

    private static final String TENDER = """
            {"ocid": "ocds-5wno2w-1", "id": "r1", "date": "2024-01-10T00:00:00-05:00", "tag": ["tender"],
             "tender": {"id": "T1", "title": "Laptops", "value": {"amount": 1500.50, "currency": "USD"}},
             "awards": [{"id": "A1", "status": "pending", "value": {"amount": 1200.10}},
                        {"id": "A2", "status": "pending"}]}
            """;
    private static final String AWARD = """
            {"ocid": "ocds-5wno2w-1", "id": "r2", "date": "2024-02-20T00:00:00-05:00", "tag": ["award"],
             "tender": {"title": null},
             "awards": [{"id": "A2", "status": "active"}, {"id": "A3", "status": "active"}]}
            """;

    @Test
    void shouldMergeAwardsByIdWithTheBundledRules() {
        ObjectNode compiled = merger.compile(List.of(json(TENDER), json(AWARD)));

        assertThat(compiled.get("awards")).isEqualTo(json("""
                [{"id": "A1", "status": "pending", "value": {"amount": 1200.10}},
                 {"id": "A2", "status": "active"},
                 {"id": "A3", "status": "active"}]
                """));
    }

    @Test
    void shouldDescribeTheCompiledReleaseWithTheLatestDate() {
        ObjectNode compiled = merger.compile(List.of(json(TENDER), json(AWARD)));

        assertThat(compiled.get("tag")).isEqualTo(json("[\"compiled\"]"));
        assertThat(compiled.get("id").asText()).isEqualTo("ocds-5wno2w-1-2024-02-20T00:00:00-05:00");
        assertThat(compiled.get("date").asText()).isEqualTo("2024-02-20T00:00:00-05:00");
        assertThat(compiled.get("ocid").asText()).isEqualTo("ocds-5wno2w-1");
    }

    @Test
    void shouldRemoveFieldsSetToNull() {
        ObjectNode compiled = merger.compile(List.of(json(TENDER), json(AWARD)));

        assertThat(compiled.get("tender")).isEqualTo(json("""
                {"id": "T1", "value": {"amount": 1500.50, "currency": "USD"}}
                """));
    }

    @Test
    void shouldSortReleasesByDateBeforeMerging() {
        ObjectNode inOrder = merger.compile(List.of(json(TENDER), json(AWARD)));
        ObjectNode outOfOrder = merger.compile(List.of(json(AWARD), json(TENDER)));

        assertThat(outOfOrder).isEqualTo(inOrder);
        assertThat(outOfOrder.at("/awards/1/status").asText()).isEqualTo("active");
    }

    @Test
    void shouldLetTheLaterGivenReleaseWinWhenDatesAreEqual() {
        JsonNode first = json("{\"ocid\": \"o\", \"id\": \"1\", \"date\": \"2024-01-01\", \"title\": \"first\"}");
        JsonNode second = json("{\"ocid\": \"o\", \"id\": \"2\", \"date\": \"2024-01-01\", \"title\": \"second\"}");

        assertThat(merger.compile(List.of(first, second)).get("title").asText()).isEqualTo("second");
        assertThat(merger.compile(List.of(second, first)).get("title").asText()).isEqualTo("first");
    }

    @Test
    void shouldNotChangeTheInputReleases() {
        JsonNode tender = json(TENDER);
        JsonNode award = json(AWARD);
        List<JsonNode> releases = List.of(award, tender);

        ObjectNode compiled = merger.compile(releases);
        merger.versioned(releases);
        ((ObjectNode) compiled.get("tender")).put("title", "changed afterwards");
        ((ObjectNode) compiled.withArray("awards").get(0)).remove("value");

        assertThat(tender).isEqualTo(json(TENDER));
        assertThat(award).isEqualTo(json(AWARD));
        assertThat(releases).containsExactly(award, tender);
    }

    @Test
    void shouldKeepNumbersExactly() throws JsonProcessingException {
        ObjectNode compiled = merger.compile(List.of(json(TENDER)));

        assertThat(compiled.at("/tender/value/amount").decimalValue()).isEqualTo(new BigDecimal("1500.50"));
        assertThat(ReleaseMergerConformanceTest.MAPPER.writeValueAsString(compiled.at("/tender/value")))
                .isEqualTo("{\"amount\":1500.50,\"currency\":\"USD\"}");
    }

    @Test
    void shouldMergeExtensionArraysOfObjectsById() {
        JsonNode first = json("""
                {"ocid": "o", "id": "1", "date": "2024-01-01", "tender": {"lots": [{"id": "L1", "title": "a"}]}}
                """);
        JsonNode second = json("""
                {"ocid": "o", "id": "2", "date": "2024-01-02", "tender": {"lots": [{"id": "L2", "title": "b"},
                 {"id": "L1", "status": "active"}]}}
                """);

        assertThat(merger.compile(List.of(first, second)).at("/tender/lots")).isEqualTo(json("""
                [{"id": "L1", "title": "a", "status": "active"}, {"id": "L2", "title": "b"}]
                """));
    }

    @Test
    void shouldReplaceWholeListMergeArrays() {
        JsonNode first = json("""
                {"ocid": "o", "id": "1", "date": "2024-01-01",
                 "parties": [{"id": "P1", "additionalIdentifiers": [{"id": "X"}, {"id": "Y"}]}]}
                """);
        JsonNode second = json("""
                {"ocid": "o", "id": "2", "date": "2024-01-02",
                 "parties": [{"id": "P1", "additionalIdentifiers": [{"id": "Z"}]}]}
                """);

        assertThat(merger.compile(List.of(first, second)).at("/parties/0/additionalIdentifiers"))
                .isEqualTo(json("[{\"id\": \"Z\"}]"));
    }

    @Test
    void shouldRecordTheHistoryOfChangedValuesOnly() {
        ObjectNode versioned = merger.versioned(List.of(json(AWARD), json(TENDER)));

        assertThat(versioned.get("ocid").asText()).isEqualTo("ocds-5wno2w-1");
        assertThat(versioned.at("/awards/1/status")).isEqualTo(json("""
                [{"releaseID": "r1", "releaseDate": "2024-01-10T00:00:00-05:00", "releaseTag": ["tender"],
                  "value": "pending"},
                 {"releaseID": "r2", "releaseDate": "2024-02-20T00:00:00-05:00", "releaseTag": ["award"],
                  "value": "active"}]
                """));
        assertThat(versioned.at("/awards/1/id").asText()).isEqualTo("A2");
        assertThat(versioned.at("/tender/id")).hasSize(1);
    }

    @Test
    void shouldNotVersionANumberThatOnlyChangedItsScale() {
        JsonNode first = json("{\"ocid\": \"o\", \"id\": \"1\", \"date\": \"2024-01-01\", \"value\": 10}");
        JsonNode second = json("{\"ocid\": \"o\", \"id\": \"2\", \"date\": \"2024-01-02\", \"value\": 10.00}");

        assertThat(merger.versioned(List.of(first, second)).get("value")).hasSize(1);
    }

    @Test
    void shouldRefuseSeveralReleasesWhenOneHasNoDate() {
        JsonNode dated = json("{\"ocid\": \"o\", \"id\": \"1\", \"date\": \"2024-01-01\"}");
        JsonNode undated = json("{\"ocid\": \"o\", \"id\": \"2\"}");

        assertThatThrownBy(() -> merger.compile(List.of(dated, undated)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date");
    }

    @Test
    void shouldRefuseAnObjectWhereAnEarlierReleaseHadAString() {
        JsonNode first = json("{\"ocid\": \"o\", \"id\": \"1\", \"date\": \"2024-01-01\", \"tender\": \"T\"}");
        JsonNode second = json("""
                {"ocid": "o", "id": "2", "date": "2024-01-02", "tender": {"id": "T"}}
                """);

        assertThatThrownBy(() -> merger.compile(List.of(first, second)))
                .isInstanceOf(InconsistentTypeException.class);
    }

    private static JsonNode json(String text) {
        try {
            return ReleaseMergerConformanceTest.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
