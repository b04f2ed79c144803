package org.opencompras.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.opencompras.common.json.Json;

/** Reading lists through the API, and checking exports against them, for the contract and award tests. */
public final class ListChecks {

    private ListChecks() {
    }

    public static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET {@code path?query} and the JSON body, after checking it is a 200. */
    public static JsonNode get(String path, String query) {
        String body = given().urlEncodingEnabled(false).when().get(query.isEmpty() ? path : path + "?" + query)
                .then().statusCode(200).contentType("application/json").extract().asString();
        return json(body);
    }

    /** All items of a list that fits in one page of 500 (checked), as JSON. */
    public static List<JsonNode> onePage(String path, String query) {
        JsonNode page = get(path, query + "&limit=500");
        assertThat(page.at("/links/next").isNull()).as("the whole list fits in one page").isTrue();
        List<JsonNode> items = new ArrayList<>();
        page.get("data").forEach(items::add);
        return items;
    }

    /** Each item as {@code ocid|ocdsId}. */
    public static List<String> keys(List<JsonNode> items) {
        return items.stream().map(item -> item.get("ocid").asText() + "|" + item.get("ocdsId").asText()).toList();
    }

    public static List<String> keys(String path, String query) {
        return keys(onePage(path, query));
    }

    /** Every page of a list, following links.next, with an optional action between pages. */
    public static List<String> walk(String firstUrl, Runnable betweenPages) {
        List<String> keys = new ArrayList<>();
        String url = firstUrl;
        while (url != null) {
            Response response = given().urlEncodingEnabled(false).when().get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            JsonNode page = json(response.asString());
            List<JsonNode> items = new ArrayList<>();
            page.get("data").forEach(items::add);
            keys.addAll(keys(items));
            JsonNode next = page.at("/links/next");
            url = next.isNull() ? null : next.asText();
            if (url != null) {
                assertThat(response.header("Link")).isEqualTo("<" + url + ">; rel=\"next\"");
                betweenPages.run();
            }
        }
        return keys;
    }

    /** The CSV export holds the same items as the JSON list, column by column, in the same order. */
    public static void assertCsvMatches(String csv, List<JsonNode> items, List<String> expectedHeader) {
        List<List<String>> records = CsvReader.read(csv);
        assertThat(records.get(0)).containsExactlyElementsOf(expectedHeader);
        assertThat(records).hasSize(items.size() + 1);
        for (int row = 0; row < items.size(); row++) {
            JsonNode item = items.get(row);
            List<String> record = records.get(row + 1);
            assertThat(record).hasSameSizeAs(expectedHeader);
            for (int column = 0; column < expectedHeader.size(); column++) {
                String name = expectedHeader.get(column);
                assertThat(record.get(column)).as(name + " of " + item.get("id")).isEqualTo(csvText(item, name));
            }
        }
    }

    /** What the CSV should say for a field of a JSON item. */
    private static String csvText(JsonNode item, String column) {
        if (column.startsWith("suppliers.")) {
            String field = column.substring("suppliers.".length());
            return StreamSupport.stream(item.get("suppliers").spliterator(), false)
                    .map(supplier -> supplier.get(field).asText()).collect(Collectors.joining("; "));
        }
        JsonNode node = item.at("/" + column.replace('.', '/'));
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    /** The NDJSON export holds the same items as the JSON list, one per line. */
    public static void assertNdjsonMatches(String ndjson, List<JsonNode> items) {
        assertThat(ndjson).endsWith("\n");
        String[] lines = ndjson.split("\n", -1);
        assertThat(lines).hasSize(items.size() + 1);
        for (int i = 0; i < items.size(); i++) {
            assertThat(json(lines[i])).isEqualTo(items.get(i));
        }
    }
}
