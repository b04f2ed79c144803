package org.opencompras.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencompras.RawHttp;
import org.opencompras.common.json.Json;

/**
 * Every parameter of every GET operation the OpenAPI document lists, given hostile values: nothing is a 5xx, every
 * 4xx is a problem document, and a refused parameter is the one named. Values are drawn from a fixed seed, so a
 * failure repeats.
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final long SEED = 20261205L;
    private static final int VALUES_PER_PARAMETER = 5;
    /** Raw text for the query string: not percent-encoded again. */
    private static final String RAW = "raw:";
    private static final List<String> HOSTILE = List.of("", " ", "a".repeat(5_000), RAW + "%zz", RAW + "%", RAW + "%c3%28",
            "' OR 1=1 --", "\"; drop table release; --", "{\"$gt\": \"\"}", "[1,2]", "null", "-1", "0", "-0",
            "99999999999999999999999", "1e309", "NaN", "-Infinity", "0x10", "2020-02-30", "0000-00-00",
            "10000-01-01", "9999-12-31", "2020-03-16T25:00:00Z", "ñandú 日本 😀", "\u0000", "a\nb", "\u202e",
            "%", "../../etc/passwd", "*", "true", ",", ",,,", "USD,EUR");

    private final Random random = new Random(SEED);

    /**
     * @param baseline the parameters given at their examples in every request: those the operation asks for when
     *                 none is given (the required ones, or one of a choice, say prices' classification or q)
     */
    record Operation(String path, List<JsonNode> parameters, Set<String> baseline) {
    }

    @Test
    void shouldAnswerHostileValuesOfEveryParameterWithoutAServerError() throws IOException {
        JsonNode document = Json.mapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get != null) {
                List<JsonNode> parameters = new ArrayList<>();
                get.path("parameters").forEach(parameters::add);
                operations.add(baseline(new Operation(path.getKey(), parameters, new HashSet<>())));
            }
        });
        assertThat(operations).hasSizeGreaterThan(30);

        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Operation operation : operations) {
            for (JsonNode parameter : operation.parameters()) {
                String name = parameter.get("name").asText();
                List<String> values = new ArrayList<>();
                for (int i = 0; i < VALUES_PER_PARAMETER; i++) {
                    values.add(HOSTILE.get(random.nextInt(HOSTILE.size())));
                }
                for (String value : values) {
                    requests++;
                    check(operation, parameter, target(operation, name, value, false), name, failures);
                }
                if (parameter.get("in").asText().equals("query")) {
                    requests++;
                    check(operation, parameter, target(operation, name, example(parameter), true), name, failures);
                }
            }
        }
        assertThat(requests).isGreaterThan(1_000);
        assertThat(failures).as(failures.size() + " of " + requests + " requests answered wrongly:\n"
                + failures.stream().limit(30).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** The operation with the parameters it refuses to go without, found by asking it with none. */
    private static Operation baseline(Operation operation) {
        for (int tries = 0; tries < 3; tries++) {
            RawHttp.Answer answer = RawHttp.get(target(operation, "", "", false));
            if (answer.status() != 400) {
                break;
            }
            answer.json().path("invalidParams").forEach(p -> operation.baseline().add(p.path("name").asText()));
        }
        return operation;
    }

    /** The request target with this parameter given this value (twice when {@code repeated}), the others at their examples when in the baseline. */
    private static String target(Operation operation, String name, String value, boolean repeated) {
        String path = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters()) {
            String other = parameter.get("name").asText();
            boolean fuzzed = other.equals(name);
            String text = fuzzed ? value : example(parameter);
            if (parameter.get("in").asText().equals("path")) {
                String segment = fuzzed && text.isEmpty() ? "%20" : encode(text).replace("+", "%20");
                path = path.replace("{" + other + "}", segment);
            } else if (fuzzed || parameter.path("required").asBoolean() || operation.baseline().contains(other)) {
                query.put(other, encode(text));
            }
        }
        String rawQuery = query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()
                + (repeated && e.getKey().equals(name) ? "&" + e.getKey() + "=" + e.getValue() : ""))
                .collect(Collectors.joining("&"));
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    private static String encode(String value) {
        return value.startsWith(RAW) ? value.substring(RAW.length()) : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String example(JsonNode parameter) {
        JsonNode example = parameter.has("example") ? parameter.get("example") : parameter.path("schema").path("example");
        if (!example.isMissingNode()) {
            return example.asText();
        }
        JsonNode values = parameter.path("schema").path("enum");
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : "x";
    }

    private static void check(Operation operation, JsonNode parameter, String target, String name, List<String> failures) {
        RawHttp.Answer answer = RawHttp.get(target);
        String where = "GET " + (target.length() > 150 ? target.substring(0, 150) + "..." : target) + " -> " + answer.status();
        if (answer.status() >= 500) {
            failures.add(where + " " + answer.body());
            return;
        }
        if (answer.status() < 400) {
            return;
        }
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            failures.add(where + " not a problem: " + type + " " + answer.body());
            return;
        }
        JsonNode problem = answer.json();
        if (problem.path("type").asText().endsWith("/invalid-parameter")) {
            List<String> named = new ArrayList<>();
            problem.path("invalidParams").forEach(p -> named.add(p.path("name").asText()));
            if (!named.contains(name)) {
                failures.add(where + " names " + named + ", not " + name + ": " + problem.path("detail").asText());
            }
        }
    }
}
