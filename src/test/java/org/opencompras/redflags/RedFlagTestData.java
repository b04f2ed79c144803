package org.opencompras.redflags;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.opencompras.common.json.Json;

/** Loading and reading what the red-flag tests need. */
final class RedFlagTestData {

    private static final String KEY = "Bearer test-admin-key";

    private RedFlagTestData() {
    }

    static void ingest(String source, String body) {
        given().contentType("application/x-ndjson").header("Authorization", KEY).queryParam("source", source)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/ingest")
                .then().statusCode(200).body("rejectedCount", equalTo(0));
    }

    static JsonNode get(String url) {
        return read(given().when().get(url).then().statusCode(200).contentType(ContentType.JSON).extract().asString());
    }

    static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
