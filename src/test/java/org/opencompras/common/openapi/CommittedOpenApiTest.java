package org.opencompras.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opencompras.common.json.Json;

/**
 * The OpenAPI document committed in {@code openapi/} is what users read without running the service: it must be
 * what the service serves. After changing the API, build once and commit the regenerated files.
 */
@QuarkusTest
class CommittedOpenApiTest {

    @Test
    void committedJsonIsWhatTheServiceServes() throws IOException {
        String servedText = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        // Kept beside the build's output, to see what differs.
        Files.writeString(Path.of("target", "openapi-served.json"), servedText);
        JsonNode served = Json.mapper().readTree(servedText);
        JsonNode committed = Json.mapper().readTree(Files.readString(Path.of("openapi", "openapi.json")));
        assertThat(committed)
                .withFailMessage("openapi/openapi.json differs from the served document: build and commit openapi/")
                .isEqualTo(served);
    }

    @Test
    void committedYamlIsWhatTheServiceServes() throws IOException {
        // Compared as data: the build and the service write YAML with different key order and number spelling.
        var yaml = new YAMLMapper();
        JsonNode served = yaml.readTree(given().when().get("/q/openapi?format=yaml").then().statusCode(200)
                .extract().asString());
        JsonNode committed = yaml.readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        assertThat(committed)
                .withFailMessage("openapi/openapi.yaml differs from the served document: build and commit openapi/")
                .isEqualTo(served);
    }

    @Test
    void everyOperationHasASummaryADescriptionAndExamples() throws IOException {
        JsonNode document = Json.mapper().readTree(Files.readString(Path.of("openapi", "openapi.json")));
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = operation.getValue();
            if (!op.isObject() || op.has("$ref")) {
                return;
            }
            assertThat(op.path("summary").asText()).as(name + " summary").isNotBlank();
            assertThat(op.path("description").asText()).as(name + " description").isNotBlank();
            op.path("parameters").forEach(parameter -> {
                String parameterName = name + " parameter " + parameter.path("name").asText();
                assertThat(parameter.path("description").asText()).as(parameterName + " description").isNotBlank();
                assertThat(parameter.has("example") || parameter.has("examples") || parameter.path("schema").has("example"))
                        .as(parameterName + " example").isTrue();
            });
            op.path("responses").properties().forEach(response -> {
                String responseName = name + " response " + response.getKey();
                assertThat(response.getValue().path("description").asText()).as(responseName + " description").isNotBlank();
                if (!response.getKey().equals("304")) {
                    response.getValue().path("content").properties().forEach(content ->
                            assertThat(content.getValue().has("example") || content.getValue().has("examples"))
                                    .as(responseName + " " + content.getKey() + " example").isTrue());
                }
            });
        }));
    }
}
